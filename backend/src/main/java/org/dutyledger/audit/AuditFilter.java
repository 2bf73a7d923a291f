package org.dutyledger.audit;

import org.dutyledger.common.SqlParams;

import java.sql.Timestamp;
import java.time.Instant;

/** The filters of the audit trail's list and export, turned into one SQL condition. */
public record AuditFilter(String entityType, String entityId, String organizationPath, String actor, String action,
                          Instant from, Instant to, Long beforeSeq) {

    /** `scopeCondition` limits rows to what the caller may read (on organization paths). */
    String where(SqlParams p, String scopeCondition, boolean readsEverything) {
        StringBuilder sb = new StringBuilder(" WHERE TRUE");
        if (!readsEverything) {
            sb.append(" AND e.organization_id IN (SELECT o.id FROM organization o WHERE ").append(scopeCondition).append(')');
        }
        if (organizationPath != null) {
            sb.append(" AND e.organization_id IN (SELECT o.id FROM organization o WHERE o.path LIKE ")
                    .append(p.bind(organizationPath + "%")).append(')');
        }
        if (entityType != null) {
            sb.append(" AND e.entity_type = ").append(p.bind(entityType));
        }
        if (entityId != null) {
            sb.append(" AND e.entity_id = ").append(p.bind(entityId));
        }
        if (actor != null) {
            sb.append(" AND e.actor_username = ").append(p.bind(actor));
        }
        if (action != null) {
            sb.append(action.endsWith(".*") ? " AND e.action LIKE " + p.bind(action.substring(0, action.length() - 1) + "%")
                    : " AND e.action = " + p.bind(action));
        }
        if (from != null) {
            sb.append(" AND e.occurred_at >= ").append(p.bind(Timestamp.from(from)));
        }
        if (to != null) {
            sb.append(" AND e.occurred_at < ").append(p.bind(Timestamp.from(to)));
        }
        if (beforeSeq != null) {
            sb.append(" AND e.seq < ").append(p.bind(beforeSeq));
        }
        return sb.toString();
    }
}
