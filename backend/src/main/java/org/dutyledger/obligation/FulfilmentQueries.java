package org.dutyledger.obligation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.dutyledger.common.AttachmentTransfer;
import org.dutyledger.common.ProblemException;
import org.dutyledger.common.SqlParams;
import org.dutyledger.organization.Organization;
import org.dutyledger.organization.OrganizationQueries;
import org.dutyledger.organization.OrganizationRef;
import org.dutyledger.security.OrgScope;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Fulfilment records as the API shows them, with people's names, linked instances and evidence. */
@ApplicationScoped
public class FulfilmentQueries {

    @Inject
    EntityManager em;

    @Inject
    OrgScope scope;

    @Inject
    OrganizationQueries organizationQueries;

    public ObligationViews.FulfilmentPage list(Organization org, LocalDate from, LocalDate to, int page, int size) {
        SqlParams p = SqlParams.forJpa();
        StringBuilder where = new StringBuilder(" WHERE ").append(scope.readCondition("o.path", p));
        if (org != null) {
            where.append(" AND f.organization_id = ").append(p.bind(org.id));
        }
        if (from != null) {
            where.append(" AND f.happened_on >= ").append(p.bind(from));
        }
        if (to != null) {
            where.append(" AND f.happened_on <= ").append(p.bind(to));
        }
        String fromSql = " FROM fulfilment_record f JOIN organization o ON o.id = f.organization_id" + where;
        long total = ((Number) p.applyTo(em.createNativeQuery("SELECT count(*)" + fromSql)).getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<FulfilmentRecord> rows = p.applyTo(em.createNativeQuery("SELECT f.*" + fromSql + " ORDER BY f.happened_on DESC, f.id DESC",
                FulfilmentRecord.class)).setFirstResult(page * size).setMaxResults(size).getResultList();
        return new ObligationViews.FulfilmentPage(views(rows), total, page, size);
    }

    /**
     * One batch of the records of an organization (with `subtree`, also of those below it) dated in [from, to] that
     * the caller may read, by id after `afterId`: what an inspection package lists, read in keyset batches instead of
     * pages of the caller's whole read scope.
     */
    public List<ObligationViews.Fulfilment> batchUnder(Organization org, boolean subtree, LocalDate from, LocalDate to,
                                                       long afterId, int size) {
        SqlParams p = SqlParams.forJpa();
        StringBuilder where = new StringBuilder(" WHERE ").append(scope.readCondition("o.path", p));
        where.append(subtree ? " AND o.path LIKE " + p.bind(org.path + "%") : " AND f.organization_id = " + p.bind(org.id));
        where.append(" AND f.happened_on >= ").append(p.bind(from)).append(" AND f.happened_on <= ").append(p.bind(to));
        where.append(" AND f.id > ").append(p.bind(afterId));
        @SuppressWarnings("unchecked")
        List<FulfilmentRecord> rows = p.applyTo(em.createNativeQuery("SELECT f.* FROM fulfilment_record f JOIN organization o"
                + " ON o.id = f.organization_id" + where + " ORDER BY f.id", FulfilmentRecord.class)).setMaxResults(size).getResultList();
        return views(rows);
    }

    /** Whether the organization's ledger already holds a record of that day with that title (imports skip it). */
    public boolean exists(long organizationId, LocalDate day, String title) {
        return !em.createNativeQuery("SELECT 1 FROM fulfilment_record WHERE organization_id = ?1 AND happened_on = ?2 AND title = ?3")
                .setParameter(1, organizationId).setParameter(2, day).setParameter(3, title).setMaxResults(1)
                .getResultList().isEmpty();
    }

    /**
     * The instances a record of `kind` on `day` counts toward when nobody chose them (imported ledgers): the
     * organization's instances of rules of that kind whose period holds the day, not waived, not per holder.
     */
    public List<Long> openInstancesFor(long organizationId, ObligationKind kind, LocalDate day) {
        List<?> ids = em.createNativeQuery("""
                        SELECT i.id FROM obligation_instance i JOIN obligation_rule r ON r.id = i.rule_id
                        WHERE i.organization_id = ?1 AND r.kind = ?2 AND i.period_start <= ?3 AND i.period_end >= ?3
                          AND i.status <> 'WAIVED' AND i.holder_person_id IS NULL ORDER BY i.id""")
                .setParameter(1, organizationId).setParameter(2, kind.name()).setParameter(3, day)
                .setMaxResults(50).getResultList();
        return ids.stream().map(r -> ((Number) r).longValue()).toList();
    }

    /** The export of the 工作台账 import kind: the same columns, the rows the caller may read. */
    public static String exportSql(String visibleCondition) {
        return """
                SELECT o.code, f.happened_on::text, f.kind, f.title, f.guests, f.summary
                FROM fulfilment_record f JOIN organization o ON o.id = f.organization_id
                WHERE %s ORDER BY o.path, f.happened_on, f.id""".formatted(visibleCondition);
    }

    public ObligationViews.Fulfilment view(FulfilmentRecord r) {
        return views(List.of(r)).get(0);
    }

    List<ObligationViews.Fulfilment> views(List<FulfilmentRecord> records) {
        if (records.isEmpty()) {
            return List.of();
        }
        Map<Long, OrganizationRef> refs = organizationQueries.refs(records.stream().map(r -> r.organizationId).distinct().toList());
        Set<Long> personIds = new HashSet<>();
        for (FulfilmentRecord r : records) {
            personIds.addAll(List.of(r.participantIds));
            if (r.recordedByPersonId != null) {
                personIds.add(r.recordedByPersonId);
            }
            r.decisions.forEach(d -> d.positions().forEach(p -> personIds.add(p.personId())));
        }
        Map<Long, String> names = names(personIds);
        List<Long> ids = records.stream().map(r -> r.id).toList();
        Map<Long, List<Long>> linked = linked(ids);
        Map<Long, List<ObligationViews.Attachment>> attachments = attachments(ids);
        List<ObligationViews.Fulfilment> out = new ArrayList<>();
        for (FulfilmentRecord r : records) {
            List<ObligationViews.PersonRef> participants = List.of(r.participantIds).stream()
                    .map(id -> new ObligationViews.PersonRef(id, names.get(id))).toList();
            List<ObligationViews.Decision> decisions = r.decisions.stream().map(d -> new ObligationViews.Decision(d.text(),
                    d.positions().stream().map(p -> new ObligationViews.Position(new ObligationViews.PersonRef(p.personId(),
                            names.get(p.personId())), p.position(), p.text())).toList())).toList();
            out.add(new ObligationViews.Fulfilment(r.id, r.version, refs.get(r.organizationId), r.happenedOn, r.title, r.kind,
                    participants, r.guests, r.summary, decisions, linked.getOrDefault(r.id, List.of()), r.late, r.recordedAt,
                    r.recordedByPersonId == null ? null : new ObligationViews.PersonRef(r.recordedByPersonId, names.get(r.recordedByPersonId)),
                    r.corrections, attachments.getOrDefault(r.id, List.of())));
        }
        return out;
    }

    private Map<Long, String> names(Collection<Long> ids) {
        Map<Long, String> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, name FROM person WHERE id = ANY(?1)")
                .setParameter(1, ids.toArray(Long[]::new)).getResultList();
        rows.forEach(r -> out.put(Rows.l(r[0]), (String) r[1]));
        return out;
    }

    /** The instances each record counts toward, for many records in one query. */
    private Map<Long, List<Long>> linked(List<Long> recordIds) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT record_id, instance_id FROM fulfilment_record_instance"
                + " WHERE record_id = ANY(?1) ORDER BY record_id, instance_id").setParameter(1, recordIds.toArray(Long[]::new))
                .getResultList();
        Map<Long, List<Long>> out = new HashMap<>();
        rows.forEach(r -> out.computeIfAbsent(Rows.l(r[0]), k -> new ArrayList<>()).add(Rows.l(r[1])));
        return out;
    }

    /** The attachments (without their bytes) of many records in one query. */
    private Map<Long, List<ObligationViews.Attachment>> attachments(List<Long> recordIds) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT record_id, id, file_name, media_type, size_bytes, sha256"
                + " FROM fulfilment_attachment WHERE record_id = ANY(?1) ORDER BY record_id, id")
                .setParameter(1, recordIds.toArray(Long[]::new)).getResultList();
        Map<Long, List<ObligationViews.Attachment>> out = new HashMap<>();
        rows.forEach(r -> out.computeIfAbsent(Rows.l(r[0]), k -> new ArrayList<>()).add(new ObligationViews.Attachment(
                Rows.l(r[1]), (String) r[2], (String) r[3], Rows.l(r[4]), ((String) r[5]).trim())));
        return out;
    }

    public List<ObligationViews.Attachment> attachments(long recordId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, file_name, media_type, size_bytes, sha256 FROM fulfilment_attachment"
                + " WHERE record_id = ?1 ORDER BY id").setParameter(1, recordId).getResultList();
        return rows.stream().map(r -> new ObligationViews.Attachment(Rows.l(r[0]), (String) r[1], (String) r[2], Rows.l(r[3]),
                ((String) r[4]).trim())).toList();
    }

    /** file name, media type, bytes, sha256 of one attachment of the record; 404 when it is not the record's. */
    public AttachmentTransfer.StoredFile attachmentContent(long recordId, long attachmentId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT file_name, media_type, content, sha256 FROM fulfilment_attachment"
                + " WHERE id = ?1 AND record_id = ?2").setParameter(1, attachmentId).setParameter(2, recordId).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("Attachment", attachmentId);
        }
        return AttachmentTransfer.StoredFile.of(rows.get(0));
    }
}
