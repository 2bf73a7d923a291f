package org.dutyledger.inspection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.dutyledger.common.VersionedEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An inspection or assessment (督查/考核) by an organization over targets in its subtree, scored with one template. The
 * team and the targets are rows of their own (inspection_team, inspection_target), the scores too (inspection_score);
 * a RANDOM inspection keeps the draw it was made with.
 */
@Entity
@Table(name = "inspection")
public class Inspection extends VersionedEntity {

    @Id
    @SequenceGenerator(name = "inspection_seq", sequenceName = "inspection_seq", allocationSize = 50)
    @GeneratedValue(generator = "inspection_seq")
    public Long id;

    @Column(name = "organization_id", nullable = false)
    public long organizationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public InspectionKind kind;

    @Column(nullable = false, length = 300)
    public String title;

    @Column(name = "period_key", nullable = false, length = 10)
    public String periodKey;

    @Column(name = "template_id", nullable = false)
    public long templateId;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    public LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public InspectionStatus status;

    @Column(name = "concluded_at")
    public Instant concludedAt;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "draw_candidate_ids", columnDefinition = "bigint[]")
    public Long[] drawCandidateIds;

    @Column(name = "draw_count")
    public Integer drawCount;

    @Column(name = "draw_seed", length = 100)
    public String drawSeed;

    @Column(name = "fulfilment_id")
    public Long fulfilmentId;
}
