package org.dutyledger.accountability;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.dutyledger.duty.DutyRole;

import java.time.Instant;

/**
 * One person named in a case: the responsibility proposed from the ledger (kept in `proposed` when edited), why, the
 * record exempting them if any, their statement (申辩) and the decided outcome.
 */
@Entity
@Table(name = "accountability_line")
public class AccountabilityLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id", nullable = false)
    public long caseId;

    @Column(nullable = false)
    public int position;

    @Column(name = "person_id", nullable = false)
    public long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public Responsibility responsibility;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public Responsibility proposed;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public LineSource source;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    public DutyRole role;

    @Column(name = "assignment_id")
    public Long assignmentId;

    @Column(name = "assignment_basis", length = 500)
    public String assignmentBasis;

    @Column(nullable = false, length = 4000)
    public String why;

    @Column(nullable = false)
    public boolean exempt;

    @Enumerated(EnumType.STRING)
    @Column(name = "exempt_kind", length = 30)
    public ExemptionKind exemptKind;

    @Column(name = "exempt_record_id")
    public Long exemptRecordId;

    @Column(name = "exempt_at")
    public Instant exemptAt;

    @Column(name = "exempt_text", length = 2000)
    public String exemptText;

    @Column(nullable = false)
    public boolean edited;

    @Column(name = "edit_reason", length = 2000)
    public String editReason;

    @Column(name = "statement_text", length = 20000)
    public String statementText;

    @Column(name = "statement_at")
    public Instant statementAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    public Outcome outcome;

    /** Whether a record on file supports exempting this person. */
    public boolean exemptionRecorded() {
        return exemptKind != null;
    }
}
