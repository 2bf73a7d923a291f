package org.dutyledger.obligation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;

/** One version of an obligation rule; the versions of one rule share `seriesId` (the first version's id). */
@Entity
@Table(name = "obligation_rule")
public class ObligationRule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** Set right after the first insert (to the id): not a change of the rule, so no version bump. */
    @org.hibernate.annotations.OptimisticLock(excluded = true)
    @Column(name = "series_id", nullable = false)
    public long seriesId;

    @Column(name = "issuer_organization_id", nullable = false)
    public long issuerOrganizationId;

    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ObligationKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PeriodKind period;

    @Column(name = "min_count", nullable = false)
    public int minCount;

    @Column(name = "due_month_day")
    public String dueMonthDay;

    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.ARRAY)
    @Column(name = "applies_to", nullable = false, columnDefinition = "varchar(40)[]")
    public String[] appliesTo;

    @Column(name = "include_issuer", nullable = false)
    public boolean includeIssuer;

    @Column(name = "per_holder_role")
    public String perHolderRole;

    @Column(name = "accountable_role", nullable = false)
    public String accountableRole;

    public String basis;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    @Column(name = "retired_at")
    public Instant retiredAt;

    @Column(name = "retire_reason")
    public String retireReason;

    @Column(name = "superseded_by_id")
    public Long supersededById;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public boolean retired() {
        return retiredAt != null;
    }

    /** The rule owes the period: in force on its due date (a rule starting mid-period owes it if it starts by then). */
    public boolean owes(Periods.Period p) {
        LocalDate due = Periods.dueDate(p, dueMonthDay);
        return !validFrom.isAfter(due) && (validTo == null || !validTo.isBefore(p.start()));
    }
}
