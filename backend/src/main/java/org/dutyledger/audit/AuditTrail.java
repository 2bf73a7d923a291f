package org.dutyledger.audit;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.dutyledger.common.CopyIn;
import org.dutyledger.common.RequestContext;
import org.dutyledger.outbox.Outbox;
import org.dutyledger.security.CurrentUser;

import org.hibernate.Session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Appends to the audit chain inside the caller's transaction, so that the change and its trace commit
 * or roll back together. The chain head row is locked for the rest of the transaction: concurrent
 * writers queue in the database, the sequence has no gaps and the chain never forks.
 * <p>
 * Within one transaction the head is read (and locked) once and written once, just before commit: updating
 * that row for every event of a large transaction (an import) would make each later lookup walk all the
 * row's earlier versions, so the transaction would slow down with the square of its size.
 */
@ApplicationScoped
public class AuditTrail {

    public static final String SYSTEM = "system";

    @Inject
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    RequestContext requestContext;

    @Inject
    Outbox outbox;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    AgroalDataSource dataSource;

    /** Events this instance appended to the chain, counted when their transaction commits. */
    private Counter appends;

    @Inject
    public AuditTrail(MeterRegistry registry) {
        appends = Counter.builder("dutyledger.audit.appends")
                .description("Audit events appended by this instance (committed)").register(registry);
    }

    /** The chain head as this transaction has extended it; written back to audit_chain_head before commit. */
    private static final class ChainHead {
        long firstSeq;
        long seq;
        String hash;
        boolean written;
    }

    private static final Object HEAD_KEY = ChainHead.class;

    /** Records a change made by the caller of the current request (or by the system outside requests). */
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditRecord record(String action, String entityType, Object entityId, Long organizationId, Changes changes) {
        return record(action, entityType, entityId, organizationId, changes, Map.of());
    }

    /**
     * As {@link #record(String, String, Object, Long, Changes)}, with more facts for the event that other
     * systems receive (e.g. a publication's content hash); they go into the outbox payload, not the chain.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditRecord record(String action, String entityType, Object entityId, Long organizationId, Changes changes,
                              Map<String, Object> eventData) {
        AuditRecord r = appendAsCaller(action, entityType, entityId, organizationId, changes);
        publish(r, eventData);
        return r;
    }

    private AuditRecord appendAsCaller(String action, String entityType, Object entityId, Long organizationId, Changes changes) {
        Actor a = caller();
        return append(a.subject, a.username, a.personId, action, entityType, String.valueOf(entityId), organizationId,
                a.requestId, changes);
    }

    private record Actor(String subject, String username, Long personId, String requestId) {
    }

    /** The caller of the current request, or the system outside requests. */
    private Actor caller() {
        if (Arc.container().requestContext().isActive() && !currentUser.isAnonymous() && !currentUser.isSystem()) {
            return new Actor(currentUser.subject(), currentUser.username(), currentUser.personId(), requestContext.requestId());
        }
        return new Actor(null, SYSTEM, null, null);
    }

    /** One change of a set-based write (see {@link #recordAll}). */
    public record Entry(String action, String entityType, Object entityId, Long organizationId, Changes changes) {
    }

    /**
     * Records many changes of the caller at once, as {@link #record} would one by one (same events, same chain, an
     * outbox event each), written with COPY: the audit side of set-based writes such as a large import.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAll(List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        em.flush();
        Actor a = caller();
        em.unwrap(Session.class).doWork(connection -> {
            ChainHead head = lockedHead(connection);
            Instant now = AuditCanonicalForm.truncate(Instant.now());
            List<Object[]> rows = new ArrayList<>(entries.size());
            List<Outbox.Event> events = new ArrayList<>(entries.size());
            for (Entry e : entries) {
                long seq = head.seq + 1;
                String changesJson = AuditCanonicalForm.changesJson(e.changes().asMap());
                AuditRecord unsigned = new AuditRecord(seq, now, a.subject, a.username, a.personId, e.action(), e.entityType(),
                        String.valueOf(e.entityId()), e.organizationId(), a.requestId,
                        AuditCanonicalForm.parseChanges(changesJson), head.hash, null);
                String hash = AuditCanonicalForm.hash(unsigned);
                rows.add(new Object[]{seq, now, a.subject, a.username, a.personId, e.action(), e.entityType(),
                        unsigned.entityId(), e.organizationId(), a.requestId, changesJson, head.hash, hash});
                AuditRecord r = new AuditRecord(seq, now, a.subject, a.username, a.personId, e.action(), e.entityType(),
                        unsigned.entityId(), e.organizationId(), a.requestId, unsigned.changes(), head.hash, hash);
                events.add(outbox.event(r.action(), r.organizationId(), r.entityType(), r.entityId(), payload(r, Map.of())));
                head.seq = seq;
                head.hash = hash;
            }
            CopyIn.rows(connection, "audit_event", List.of("seq", "occurred_at", "actor_subject", "actor_username",
                    "actor_person_id", "action", "entity_type", "entity_id", "organization_id", "request_id", "changes",
                    "prev_hash", "hash"), rows);
            outbox.addAll(connection, events);
        });
    }

    /** Records a change on behalf of a named actor (used while resolving the actor itself). */
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditRecord recordAs(String subject, String username, Long personId, String action, String entityType,
                                String entityId, Long organizationId, Changes changes) {
        String requestId = Arc.container().requestContext().isActive() ? requestContext.requestId() : null;
        AuditRecord r = append(subject, username, personId, action, entityType, entityId, organizationId, requestId, changes);
        publish(r, Map.of());
        return r;
    }

    /**
     * Every audited change is also an event for subscribers, written to the outbox in the same transaction:
     * no write can change data without other systems hearing of it, and none hears of a change that rolled back.
     */
    private void publish(AuditRecord r, Map<String, Object> eventData) {
        outbox.add(r.action(), r.organizationId(), r.entityType(), r.entityId(), payload(r, eventData));
    }

    private static Map<String, Object> payload(AuditRecord r, Map<String, Object> eventData) {
        Map<String, Object> payload = new LinkedHashMap<>(eventData);
        payload.put("type", r.action());
        payload.put("occurredAt", r.occurredAt().toString());
        payload.put("entityType", r.entityType());
        payload.put("entityId", r.entityId());
        payload.put("organizationId", r.organizationId());
        Map<String, Object> actor = new LinkedHashMap<>();
        actor.put("subject", r.actorSubject());
        actor.put("username", r.actorUsername());
        actor.put("personId", r.actorPersonId());
        payload.put("actor", actor);
        payload.put("requestId", r.requestId());
        payload.put("auditSeq", r.seq());
        payload.put("changes", r.changes());
        return payload;
    }

    private AuditRecord append(String subject, String username, Long personId, String action, String entityType,
                               String entityId, Long organizationId, String requestId, Changes changes) {
        // Flush pending entity changes first: a stale version fails here, before the chain is touched.
        em.flush();
        AuditRecord[] written = new AuditRecord[1];
        em.unwrap(Session.class).doWork(connection -> {
            ChainHead head = lockedHead(connection);
            long seq = head.seq + 1;
            String prevHash = head.hash;
            Instant now = AuditCanonicalForm.truncate(Instant.now());
            String changesJson = AuditCanonicalForm.changesJson(changes.asMap());
            Object canonicalChanges = AuditCanonicalForm.parseChanges(changesJson);
            AuditRecord unsigned = new AuditRecord(seq, now, subject, username, personId, action, entityType, entityId,
                    organizationId, requestId, canonicalChanges, prevHash, null);
            String hash = AuditCanonicalForm.hash(unsigned);
            try (PreparedStatement ps = connection.prepareStatement("""
                    INSERT INTO audit_event (seq, occurred_at, actor_subject, actor_username, actor_person_id, action,
                        entity_type, entity_id, organization_id, request_id, changes, prev_hash, hash)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?)""")) {
                ps.setLong(1, seq);
                ps.setObject(2, now.atOffset(ZoneOffset.UTC));
                ps.setString(3, subject);
                ps.setString(4, username);
                ps.setObject(5, personId, Types.BIGINT);
                ps.setString(6, action);
                ps.setString(7, entityType);
                ps.setString(8, entityId);
                ps.setObject(9, organizationId, Types.BIGINT);
                ps.setString(10, requestId);
                ps.setString(11, changesJson);
                ps.setString(12, prevHash);
                ps.setString(13, hash);
                ps.executeUpdate();
            }
            head.seq = seq;
            head.hash = hash;
            written[0] = new AuditRecord(seq, now, subject, username, personId, action, entityType, entityId,
                    organizationId, requestId, canonicalChanges, prevHash, hash);
        });
        return written[0];
    }

    /** Locks the head row on the transaction's first append and arranges for it to be written before commit. */
    private ChainHead lockedHead(Connection connection) throws SQLException {
        ChainHead head = (ChainHead) transactions.getResource(HEAD_KEY);
        if (head != null) {
            return head;
        }
        head = new ChainHead();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            head.seq = rs.getLong(1);
            head.firstSeq = head.seq;
            head.hash = rs.getString(2).trim();
        }
        transactions.putResource(HEAD_KEY, head);
        ChainHead registered = head;
        // Interposed synchronizations run after Hibernate's own flush, on the transaction's connection.
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                writeHead(registered);
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    appends.increment(registered.seq - registered.firstSeq);
                }
            }
        });
        return head;
    }

    /**
     * Runs after Hibernate's own before-completion work, which has already handed its connection back: a handle
     * from the data source is the transaction's same connection, and closing it here (not at commit) keeps Agroal
     * from warning about a connection left open.
     */
    private void writeHead(ChainHead head) {
        if (head.written) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement ps = connection.prepareStatement(
                     "UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1")) {
            ps.setLong(1, head.seq);
            ps.setString(2, head.hash);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not write the audit chain head", e);
        }
        head.written = true;
    }
}
