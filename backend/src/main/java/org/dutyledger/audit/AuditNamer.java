package org.dutyledger.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Adds display names to a page of event views: the record each event is about, the person who acted, the event's
 * organization and the organization and person ids inside `changes`. A few queries per page (one per kind), not one
 * request per card from the web app; only names the caller may read (each {@link AuditNameSource} applies its rule).
 */
@ApplicationScoped
public class AuditNamer {

    static final String ORGANIZATION = "organization";
    static final String PERSON = "person";

    /** Entity types that are named by a record of their own; the others are named by their organization. */
    private static final Map<String, String> OWN_KIND = Map.of(
            "organization", ORGANIZATION,
            "person", PERSON,
            "channel", "channel",
            "publication", "publication",
            "webhook-subscription", "webhook-subscription");

    @Inject
    Instance<AuditNameSource> sources;

    public List<AuditEventView> name(List<AuditEventView> events) {
        if (events.isEmpty()) {
            return events;
        }
        Map<String, Set<Long>> wanted = new HashMap<>();
        for (AuditEventView e : events) {
            String own = OWN_KIND.get(e.entityType());
            Long entityId = own != null ? idOf(e.entityId()) : null;
            if (entityId != null) {
                want(wanted, own, entityId);
            }
            want(wanted, PERSON, e.actorPersonId());
            want(wanted, ORGANIZATION, e.organizationId());
            e.changes().forEach((field, change) -> {
                String kind = kindOfField(field);
                if (kind != null) {
                    want(wanted, kind, idOf(change.before()));
                    want(wanted, kind, idOf(change.after()));
                }
            });
        }
        Map<String, Map<Long, String>> names = new HashMap<>();
        for (AuditNameSource source : sources) {
            Set<Long> ids = wanted.get(source.kind());
            if (ids != null && !ids.isEmpty()) {
                names.put(source.kind(), source.readableNames(ids));
            }
        }
        List<AuditEventView> out = new ArrayList<>(events.size());
        for (AuditEventView e : events) {
            out.add(e.withNames(namesOf(e, names)));
        }
        return out;
    }

    private static AuditEventNames namesOf(AuditEventView e, Map<String, Map<Long, String>> names) {
        Map<String, String> organizations = new LinkedHashMap<>();
        Map<String, String> people = new LinkedHashMap<>();
        e.changes().forEach((field, change) -> {
            String kind = kindOfField(field);
            if (kind != null) {
                Map<String, String> into = kind.equals(ORGANIZATION) ? organizations : people;
                for (Object value : new Object[]{change.before(), change.after()}) {
                    Long id = idOf(value);
                    String name = lookup(names, kind, id);
                    if (name != null) {
                        into.put(id.toString(), name);
                    }
                }
            }
        });
        String organization = lookup(names, ORGANIZATION, e.organizationId());
        String own = OWN_KIND.get(e.entityType());
        String entity = own != null ? lookup(names, own, idOf(e.entityId())) : organization;
        return new AuditEventNames(entity, lookup(names, PERSON, e.actorPersonId()), organization, organizations, people);
    }

    /**
     * Which kind of id a changed field holds, by the names the capabilities give such fields (parentId,
     * targetOrganizationId, officeDirectorId, responsiblePersonId…); null for any other field.
     */
    static String kindOfField(String field) {
        if (field.equals("parentId") || field.equals("organizationId") || field.equals("officeDepartmentId")
                || field.equals("filedUpwardToId") || field.endsWith("OrganizationId")) {
            return ORGANIZATION;
        }
        if (field.equals("personId") || field.equals("officeDirectorId") || field.endsWith("PersonId")) {
            return PERSON;
        }
        return null;
    }

    private static String lookup(Map<String, Map<Long, String>> names, String kind, Long id) {
        Map<Long, String> ofKind = names.get(kind);
        return id == null || ofKind == null ? null : ofKind.get(id);
    }

    private static void want(Map<String, Set<Long>> wanted, String kind, Long id) {
        if (id != null) {
            wanted.computeIfAbsent(kind, k -> new HashSet<>()).add(id);
        }
    }

    /** An id as the trail holds it: a JSON number, or digits in text (entity ids are text). */
    static Long idOf(Object value) {
        if (value instanceof Number n) {
            return n.longValue();
        }
        if (value instanceof String s && !s.isEmpty() && s.length() < 19 && s.chars().allMatch(Character::isDigit)) {
            return Long.valueOf(s);
        }
        return null;
    }
}
