package org.dutyledger.obligation;

import org.dutyledger.person.MembershipSql;
import org.dutyledger.common.FieldCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.dutyledger.audit.AuditTrail;
import org.dutyledger.audit.Changes;
import org.dutyledger.common.FileChecks;
import org.dutyledger.common.ProblemException;
import org.dutyledger.common.Texts;
import org.dutyledger.common.Today;
import org.dutyledger.organization.Organization;
import org.dutyledger.organization.OrganizationRepository;
import org.dutyledger.security.CurrentUser;
import org.dutyledger.security.OrgScope;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fulfilment records: written by the organization's staff (or above), counted toward the organization's instances,
 * never deleted. A correction keeps the record's previous content with its reason, is audited, and recounts every
 * instance the record counted or counts toward.
 */
@ApplicationScoped
public class FulfilmentService {

    static final String ENTITY = "fulfilment";

    @Inject
    EntityManager em;

    @Inject
    OrgScope scope;

    @Inject
    CurrentUser user;

    @Inject
    OrganizationRepository organizations;

    @Inject
    AuditTrail audit;

    @Inject
    Statuses statuses;

    @Inject
    ObligationConfig config;

    /** A record whose organization is in the caller's read scope; 404 otherwise. */
    public FulfilmentRecord get(long id) {
        FulfilmentRecord r = em.find(FulfilmentRecord.class, id);
        if (r == null || !scope.canRead(organizations.require(r.organizationId).path)) {
            throw ProblemException.notFound("Fulfilment record", id);
        }
        return r;
    }

    @Transactional
    public FulfilmentRecord record(ObligationRequests.Fulfilment req) {
        Organization org = organizations.findById(req.organizationId());
        scope.requireActingFor("organizationId", req.organizationId(), org == null ? null : org.path);
        org.requireActive("organizationId");
        FulfilmentRecord r = new FulfilmentRecord();
        r.organizationId = org.id;
        Content c = check(org, req.happenedOn(), req.title(), req.kind(), req.participantIds(), req.guests(), req.summary(),
                req.decisions(), req.obligationIds());
        c.applyTo(r);
        r.recordedAt = r.updatedAt = Instant.now();
        r.recordedByPersonId = user.personId();
        r.recordedByUsername = user.username();
        em.persist(r);
        em.flush();
        link(r.id, c.obligationIds);
        audit.record("fulfilment.recorded", ENTITY, r.id, org.id, describe(Changes.create(), null, c)
                .put("late", null, r.late));
        statuses.recount(c.obligationIds);
        return r;
    }

    @Transactional
    public FulfilmentRecord correct(long id, ObligationRequests.Correction req) {
        FulfilmentRecord r = get(id);
        Organization org = organizations.require(r.organizationId);
        scope.requireWrite(org.path, "Fulfilment record", id);
        em.lock(r, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(r);
        if (req.version() != r.version) {
            throw ProblemException.versionConflict("Fulfilment record", id, req.version(), r.version);
        }
        String reason = Texts.clean(req.reason());
        if (reason == null) {
            throw ProblemException.invalid("reason", FieldCode.REQUIRED);
        }
        Content c = check(org, req.happenedOn(), req.title(), req.kind(), req.participantIds(), req.guests(), req.summary(),
                req.decisions(), req.obligationIds());
        List<Long> before = linked(r.id);
        Content old = Content.of(r, before);
        em.createNativeQuery("INSERT INTO fulfilment_correction (record_id, reason, before, corrected_at, corrected_by_person_id)"
                        + " VALUES (?1, ?2, CAST(?3 AS jsonb), ?4, ?5)")
                .setParameter(1, r.id).setParameter(2, reason).setParameter(3, old.json())
                .setParameter(4, Instant.now().atOffset(ZoneOffset.UTC)).setParameter(5, user.personId()).executeUpdate();
        c.applyTo(r);
        r.corrections++;
        r.updatedAt = Instant.now();
        em.createNativeQuery("DELETE FROM fulfilment_record_instance WHERE record_id = ?1").setParameter(1, r.id).executeUpdate();
        link(r.id, c.obligationIds);
        em.flush();
        audit.record("fulfilment.corrected", ENTITY, r.id, org.id, describe(Changes.create(), old, c)
                .put("late", old.late, r.late).put("reason", null, reason));
        Set<Long> touched = new LinkedHashSet<>(before);
        touched.addAll(c.obligationIds);
        statuses.recount(touched);
        return r;
    }

    @Transactional
    public ObligationViews.Attachment addAttachment(long id, String fileName, String declaredType, byte[] content) {
        FulfilmentRecord r = get(id);
        Organization org = organizations.require(r.organizationId);
        scope.requireWrite(org.path, "Fulfilment record", id);
        String name = Texts.clean(fileName);
        if (name == null || name.length() > 255) {
            throw ProblemException.invalid("file", FieldCode.FILE_NAME, Map.of("max", 255));
        }
        FileChecks.Inspected file = FileChecks.inspect(name, declaredType, content, config.attachments().maxSize().asLongValue());
        long attachmentId = ((Number) em.createNativeQuery("INSERT INTO fulfilment_attachment (record_id, file_name, media_type,"
                        + " size_bytes, sha256, content, uploaded_by_person_id, uploaded_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
                        + " RETURNING id")
                .setParameter(1, r.id).setParameter(2, name).setParameter(3, file.mediaType()).setParameter(4, file.size())
                .setParameter(5, file.sha256()).setParameter(6, content).setParameter(7, user.personId())
                .setParameter(8, Instant.now().atOffset(ZoneOffset.UTC)).getSingleResult()).longValue();
        audit.record("fulfilment.attachment-added", ENTITY, r.id, org.id, Changes.create()
                .put("attachment", null, name + " " + file.sha256()));
        return new ObligationViews.Attachment(attachmentId, name, file.mediaType(), file.size(), file.sha256());
    }

    /** The checked content of a record (create or correction): every field error names its field. */
    private Content check(Organization org, LocalDate happenedOn, String rawTitle, ObligationKind kind, List<Long> participants,
                          String guests, String summary, List<ObligationRequests.Decision> decisions, List<Long> obligationIds) {
        if (happenedOn.isAfter(Today.date())) {
            throw ProblemException.invalid("happenedOn", FieldCode.NOT_IN_FUTURE);
        }
        String title = Texts.clean(rawTitle);
        if (title == null) {
            throw ProblemException.invalid("title", FieldCode.REQUIRED);
        }
        List<Long> people = participants == null ? List.of() : participants.stream().distinct().toList();
        requireMembers(org, people);
        List<FulfilmentRecord.DecisionData> ds = new ArrayList<>();
        List<ObligationRequests.Decision> given = decisions == null ? List.of() : decisions;
        for (int d = 0; d < given.size(); d++) {
            ObligationRequests.Decision decision = given.get(d);
            String text = Texts.clean(decision.text());
            if (text == null) {
                throw ProblemException.invalid("decisions[" + d + "].text", FieldCode.REQUIRED);
            }
            List<FulfilmentRecord.PositionData> ps = new ArrayList<>();
            Set<Long> seen = new HashSet<>();
            List<ObligationRequests.Position> positions = decision.positions() == null ? List.of() : decision.positions();
            for (int p = 0; p < positions.size(); p++) {
                ObligationRequests.Position pos = positions.get(p);
                if (!people.contains(pos.personId())) {
                    throw ProblemException.invalid("decisions[" + d + "].positions[" + p + "].personId",
                            FieldCode.NOT_A_PARTICIPANT, Map.of("personId", pos.personId()));
                }
                if (!seen.add(pos.personId())) {
                    throw ProblemException.invalid("decisions[" + d + "].positions[" + p + "].personId",
                            FieldCode.POSITION_TWICE, Map.of("personId", pos.personId()));
                }
                ps.add(new FulfilmentRecord.PositionData(pos.personId(), pos.position(), Texts.clean(pos.text())));
            }
            ds.add(new FulfilmentRecord.DecisionData(text, ps));
        }
        List<Long> links = obligationIds == null ? List.of() : obligationIds.stream().distinct().toList();
        boolean late = requireOwnInstances(org, links, happenedOn);
        return new Content(happenedOn, title, kind, people, Texts.clean(guests), Texts.clean(summary), ds, links, late);
    }

    /** Participants are people of the organization (members of it or of a level above it). */
    private void requireMembers(Organization org, List<Long> people) {
        if (people.isEmpty()) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<Number> found = em.createNativeQuery("SELECT DISTINCT m.person_id FROM " + MembershipSql.withOrganization("m", "mo")
                        + " WHERE m.person_id = ANY(?1) AND ?2 LIKE mo.path || '%'")
                .setParameter(1, people.toArray(Long[]::new)).setParameter(2, org.path).getResultList();
        Set<Long> members = new HashSet<>();
        found.forEach(n -> members.add(n.longValue()));
        for (int i = 0; i < people.size(); i++) {
            if (!members.contains(people.get(i))) {
                throw ProblemException.invalid("participantIds[" + i + "]", FieldCode.NOT_IN_LINE,
                        Map.of("personId", people.get(i), "organization", org.name));
            }
        }
    }

    /** The instances are the organization's own; returns whether the record is late for any of them. */
    private boolean requireOwnInstances(Organization org, List<Long> ids, LocalDate happenedOn) {
        if (ids.isEmpty()) {
            return false;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT i.id, i.organization_id, i.due_date, o.path FROM obligation_instance i"
                        + " JOIN organization o ON o.id = i.organization_id WHERE i.id = ANY(?1)")
                .setParameter(1, ids.toArray(Long[]::new)).getResultList();
        Map<Long, Object[]> byId = new HashMap<>();
        rows.forEach(r -> byId.put(Rows.l(r[0]), r));
        boolean late = false;
        for (int i = 0; i < ids.size(); i++) {
            Object[] r = byId.get(ids.get(i));
            if (r == null || !scope.canRead((String) r[3])) {
                throw ProblemException.unknownReference("obligationIds[" + i + "]", "obligation", ids.get(i));
            }
            if (Rows.l(r[1]) != org.id) {
                throw ProblemException.invalid("obligationIds[" + i + "]", FieldCode.OWED_BY_ANOTHER,
                        Map.of("obligationId", ids.get(i)));
            }
            late |= happenedOn.isAfter(Rows.date(r[2]));
        }
        return late;
    }

    private void link(long recordId, List<Long> instanceIds) {
        for (Long instanceId : instanceIds) {
            em.createNativeQuery("INSERT INTO fulfilment_record_instance (record_id, instance_id) VALUES (?1, ?2)")
                    .setParameter(1, recordId).setParameter(2, instanceId).executeUpdate();
        }
    }

    List<Long> linked(long recordId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT instance_id FROM fulfilment_record_instance WHERE record_id = ?1"
                + " ORDER BY instance_id").setParameter(1, recordId).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    private static Changes describe(Changes changes, Content before, Content after) {
        boolean b = before != null;
        return changes.put("happenedOn", b ? before.happenedOn : null, after.happenedOn)
                .put("title", b ? before.title : null, after.title)
                .put("kind", b ? before.kind : null, after.kind)
                .put("participantIds", b ? before.participantIds.toString() : null, after.participantIds.toString())
                .put("guests", b ? before.guests : null, after.guests)
                .put("summaryLength", b ? (long) length(before.summary) : null, (long) length(after.summary))
                .put("decisions", b ? before.decisions.toString() : null, after.decisions.toString())
                .put("obligationIds", b ? before.obligationIds.toString() : null, after.obligationIds.toString());
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
    }

    /** The content of a record, checked. */
    record Content(LocalDate happenedOn, String title, ObligationKind kind, List<Long> participantIds, String guests,
                   String summary, List<FulfilmentRecord.DecisionData> decisions, List<Long> obligationIds, boolean late) {

        static Content of(FulfilmentRecord r, List<Long> links) {
            return new Content(r.happenedOn, r.title, r.kind, List.of(r.participantIds), r.guests, r.summary,
                    r.decisions, links, r.late);
        }

        void applyTo(FulfilmentRecord r) {
            r.happenedOn = happenedOn;
            r.title = title;
            r.kind = kind;
            r.participantIds = participantIds.toArray(Long[]::new);
            r.guests = guests;
            r.summary = summary;
            r.decisions = decisions;
            r.late = late;
        }

        String json() {
            try {
                return new com.fasterxml.jackson.databind.ObjectMapper().findAndRegisterModules().writeValueAsString(this);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("a record's content is plain data", e);
            }
        }
    }
}
