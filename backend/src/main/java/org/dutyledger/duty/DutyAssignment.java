package org.dutyledger.duty;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.dutyledger.common.VersionedEntity;
import org.hibernate.annotations.DynamicUpdate;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Person P holds role R in organization O from validFrom to validTo (inclusive; null while held). Rows are
 * never deleted: ending closes the period, a correction rewrites it with a reason, both audited.
 * The scope of a MEMBER_DUAL_DUTY lives in duty_assignment_scope.
 */
@Entity
@Table(name = "duty_assignment")
@DynamicUpdate
public class DutyAssignment extends VersionedEntity {

    /** The day used in queries for an open end (PostgreSQL dates stop long before LocalDate.MAX). */
    public static final LocalDate OPEN_END = LocalDate.of(9999, 12, 31);

    @Id
    @SequenceGenerator(name = "duty_assignment_seq", sequenceName = "duty_assignment_seq", allocationSize = 50)
    @GeneratedValue(generator = "duty_assignment_seq")
    public Long id;

    @Column(name = "person_id", nullable = false)
    public long personId;

    @Column(name = "organization_id", nullable = false)
    public long organizationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public DutyRole role;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    @Column(name = "basis_number", length = 100)
    public String basisNumber;

    @Column(name = "basis_title", length = 300)
    public String basisTitle;

    @Column(name = "channel_id")
    public Long channelId;

    /** The words of whoever ended it (old rows: the text the server wrote, where it could not be mapped). */
    @Column(name = "end_reason", length = 500)
    public String endReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason_code", length = 20)
    public DutyEndReason endReasonCode;

    /** HANDED_OVER: the assignment that took over. */
    @Column(name = "successor_assignment_id")
    public Long successorAssignmentId;

    @Column(name = "correction_reason", length = 500)
    public String correctionReason;

    @Column(name = "corrected_at")
    public Instant correctedAt;

    public boolean heldOn(LocalDate day) {
        return HeldOn.on(validFrom, validTo, day);
    }

    /** "2024-01-01 – 2024-06-30" or "2024-01-01 – " for a duty still held. */
    public String period() {
        return validFrom + " – " + (validTo == null ? "" : validTo.toString());
    }
}
