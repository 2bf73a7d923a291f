package org.dutyledger.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.dutyledger.audit.AuditEventRedaction;
import org.dutyledger.audit.AuditEventView;
import org.dutyledger.audit.AuditRecord;
import org.dutyledger.common.SqlParams;
import org.dutyledger.security.OrgScope;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A person's audit events list their memberships ({@link MembershipRules#describe}); a caller who does not read
 * everything sees only the entries in organizations of their scope (the rule of the person views and the
 * exports, {@link OrgScope#canRead}) and a count of the rest. An entry whose code no longer names an
 * organization (recoded since) counts as outside: hidden rather than shown by mistake.
 */
@ApplicationScoped
public class MembershipRedaction implements AuditEventRedaction {

    static final String FIELD = "memberships";
    static final String SEPARATOR = "; ";

    @Inject
    OrgScope scope;

    @Inject
    EntityManager em;

    @Override
    public List<AuditEventView> redact(List<AuditEventView> events) {
        if (scope.readsEverything()) {
            return events;
        }
        Set<String> codes = new LinkedHashSet<>();
        for (AuditEventView e : events) {
            AuditEventView.FieldChange change = membershipsOf(e);
            if (change != null) {
                codes.addAll(codesOf(change.before()));
                codes.addAll(codesOf(change.after()));
            }
        }
        if (codes.isEmpty()) {
            return events;
        }
        Map<String, String> pathByCode = paths(codes);
        List<AuditEventView> out = new ArrayList<>(events.size());
        for (AuditEventView e : events) {
            AuditEventView.FieldChange change = membershipsOf(e);
            if (change == null) {
                out.add(e);
                continue;
            }
            Map<String, AuditEventView.FieldChange> changes = new LinkedHashMap<>(e.changes());
            changes.put(FIELD, new AuditEventView.FieldChange(visible(change.before(), pathByCode),
                    visible(change.after(), pathByCode)));
            out.add(e.withChanges(changes));
        }
        return out;
    }

    @Override
    public Predicate<AuditRecord> exportable() {
        if (scope.readsEverything()) {
            return e -> true;
        }
        SqlParams params = SqlParams.forJpa();
        var query = em.createNativeQuery("SELECT code FROM organization o WHERE " + scope.readCondition("o.path", params));
        params.applyTo(query);
        @SuppressWarnings("unchecked")
        Set<String> visibleCodes = new HashSet<>(query.getResultList());
        return e -> {
            if (!PersonService.ENTITY.equals(e.entityType()) || !(e.changes() instanceof Map<?, ?> changes)
                    || !(changes.get(FIELD) instanceof Map<?, ?> change)) {
                return true;
            }
            return visibleCodes.containsAll(codesOf(change.get("before")))
                    && visibleCodes.containsAll(codesOf(change.get("after")));
        };
    }

    private static AuditEventView.FieldChange membershipsOf(AuditEventView e) {
        return PersonService.ENTITY.equals(e.entityType()) ? e.changes().get(FIELD) : null;
    }

    private static List<String> entries(Object described) {
        return described instanceof String s && !s.isEmpty() ? List.of(s.split(SEPARATOR)) : List.of();
    }

    private static List<String> codesOf(Object described) {
        return entries(described).stream().map(MembershipRedaction::codeOf).toList();
    }

    private static String codeOf(String entry) {
        int space = entry.indexOf(' ');
        return space < 0 ? entry : entry.substring(0, space);
    }

    private Object visible(Object described, Map<String, String> pathByCode) {
        if (!(described instanceof String)) {
            return described;
        }
        List<String> shown = new ArrayList<>();
        int hidden = 0;
        for (String entry : entries(described)) {
            String path = pathByCode.get(codeOf(entry));
            if (path != null && scope.canRead(path)) {
                shown.add(entry);
            } else {
                hidden++;
            }
        }
        if (hidden > 0) {
            shown.add("… and " + hidden + " more outside your scope");
        }
        return String.join(SEPARATOR, shown);
    }

    private Map<String, String> paths(Set<String> codes) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT code, path FROM organization WHERE code = ANY(?1)")
                .setParameter(1, codes.toArray(String[]::new)).getResultList();
        Map<String, String> out = new HashMap<>();
        rows.forEach(r -> out.put((String) r[0], (String) r[1]));
        return out;
    }
}
