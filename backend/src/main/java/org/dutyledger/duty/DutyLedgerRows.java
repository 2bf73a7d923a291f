package org.dutyledger.duty;

import org.dutyledger.channel.ChannelSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dutyledger.common.SqlValues;

/**
 * The duty ledger in the words of its import template (机构, 责任类型, 人员, 阵地, 起始日期 …): the rows an export
 * writes and the assignment an import row names. The import and export code asks here instead of reading the
 * duty tables itself.
 */
@ApplicationScoped
public class DutyLedgerRows {

    /** The assignment with an import row's key (organization, role, person, channel, first day), as it is stored. */
    public record Keyed(long id, LocalDate validTo, String basisNumber, String basisTitle, String scopeIds) {
    }

    @Inject
    EntityManager em;

    /**
     * The export's query: one row per assignment in the template's columns (organization code, role, person's
     * external id, from, to, basis number and title, channel name, 一岗双责 scope codes), over `organization o`
     * restricted by `organizationCondition`, in ledger order.
     */
    public static String exportSql(String organizationCondition) {
        return """
                SELECT o.code, a.role, pe.external_id, a.valid_from::text, a.valid_to::text, a.basis_number, a.basis_title, c.name,
                  (SELECT string_agg(so.code, '、' ORDER BY so.path) FROM duty_assignment_scope s
                    JOIN organization so ON so.id = s.organization_id WHERE s.assignment_id = a.id)
                FROM duty_assignment a JOIN organization o ON o.id = a.organization_id JOIN person pe ON pe.id = a.person_id
                %s
                WHERE %s ORDER BY o.path, %s, a.valid_from, a.id""".formatted(ChannelSql.leftJoin("c", "a.channel_id"),
                organizationCondition, DutyRole.sqlOrder("a.role"));
    }

    /** `scopeIds` are the scope's organization ids, sorted and comma-joined (null without a scope). */
    public Optional<Keyed> byKey(long organizationId, DutyRole role, long personId, Long channelId, LocalDate validFrom) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT a.id, a.valid_to, a.basis_number, a.basis_title,
                          (SELECT string_agg(s.organization_id::text, ',' ORDER BY s.organization_id) FROM duty_assignment_scope s
                            WHERE s.assignment_id = a.id)
                        FROM duty_assignment a WHERE a.organization_id = ?1 AND a.role = ?2 AND a.person_id = ?3
                          AND coalesce(a.channel_id, 0) = ?4 AND a.valid_from = ?5 ORDER BY a.id LIMIT 1""")
                .setParameter(1, organizationId).setParameter(2, role.name()).setParameter(3, personId)
                .setParameter(4, channelId == null ? 0L : channelId).setParameter(5, validFrom).getResultList();
        return rows.stream().findFirst().map(r -> new Keyed(((Number) r[0]).longValue(), SqlValues.date(r[1]),
                (String) r[2], (String) r[3], (String) r[4]));
    }
}
