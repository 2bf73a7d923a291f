package org.dutyledger.inspection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.dutyledger.common.VersionedEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.util.List;

/**
 * A scoring sheet (考核评分表) of an organization: items with their maximum points and method, veto items (一票否决) and
 * grade bands. Items and bands are read and written whole (JSON, checked by {@link ScoringTemplateRules}); once an
 * inspection uses the template it is frozen, and a change is a revision (a new template, revision + 1).
 */
@Entity
@Table(name = "scoring_template")
public class ScoringTemplate extends VersionedEntity {

    @Id
    @SequenceGenerator(name = "scoring_template_seq", sequenceName = "scoring_template_seq", allocationSize = 50)
    @GeneratedValue(generator = "scoring_template_seq")
    public Long id;

    @Column(name = "organization_id", nullable = false)
    public long organizationId;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(nullable = false)
    public int revision;

    @Column(name = "revised_from_id")
    public Long revisedFromId;

    @Column(nullable = false)
    public boolean frozen;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Item> items;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Band> grades;

    /** One scoring item as stored. */
    public record Item(String code, String text, BigDecimal maxPoints, ScoringMethod method, boolean veto, Long obligationRuleId) {
    }

    /** One grade band as stored: the grade from minPoints up (to the next band). */
    public record Band(InspectionGrade grade, BigDecimal minPoints) {
    }

    public Item item(String code) {
        return items.stream().filter(i -> i.code().equals(code)).findFirst().orElse(null);
    }

    public BigDecimal maxTotal() {
        return items.stream().map(Item::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
