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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What an organization did toward its obligations (落实记录). Never deleted; corrections keep what it said before. */
@Entity
@Table(name = "fulfilment_record")
public class FulfilmentRecord {

    /** A decision with each participant's position, as stored. */
    public record DecisionData(String text, List<PositionData> positions) {
    }

    public record PositionData(long personId, ObligationRequests.Stance position, String text) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "organization_id", nullable = false)
    public long organizationId;

    @Column(name = "happened_on", nullable = false)
    public LocalDate happenedOn;

    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ObligationKind kind;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "participant_ids", nullable = false, columnDefinition = "bigint[]")
    public Long[] participantIds;

    public String guests;

    public String summary;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<DecisionData> decisions;

    @Column(nullable = false)
    public boolean late;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by_person_id")
    public Long recordedByPersonId;

    @Column(name = "recorded_by_username")
    public String recordedByUsername;

    @Column(nullable = false)
    public int corrections;

    @Version
    public long version;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
