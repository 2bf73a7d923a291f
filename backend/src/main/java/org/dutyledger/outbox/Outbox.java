package org.dutyledger.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.dutyledger.common.CopyIn;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Events for other systems (webhooks, connectors), written in the transaction of the change they report:
 * an event exists exactly when its change committed. Delivery is someone else's job.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    /** One event, ready to be written. */
    public record Event(String type, Long organizationId, String aggregateType, String aggregateId, String payload,
                        Instant createdAt) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void add(String type, Long organizationId, String aggregateType, Object aggregateId, Map<String, Object> payload) {
        Event e = event(type, organizationId, aggregateType, aggregateId, payload);
        em.createNativeQuery("INSERT INTO outbox_event (type, organization_id, aggregate_type, aggregate_id, payload, created_at)"
                        + " VALUES (?1, ?2, ?3, ?4, CAST(?5 AS jsonb), ?6)")
                .setParameter(1, e.type()).setParameter(2, e.organizationId()).setParameter(3, e.aggregateType())
                .setParameter(4, e.aggregateId()).setParameter(5, e.payload())
                .setParameter(6, e.createdAt().atOffset(ZoneOffset.UTC)).executeUpdate();
    }

    public Event event(String type, Long organizationId, String aggregateType, Object aggregateId, Map<String, Object> payload) {
        try {
            return new Event(type, organizationId, aggregateType, String.valueOf(aggregateId), json.writeValueAsString(payload),
                    Instant.now());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an event payload is plain data", e);
        }
    }

    /** Many events at once with COPY, on the transaction's connection (set-based writes). */
    public void addAll(Connection connection, List<Event> events) throws SQLException {
        List<Object[]> rows = new ArrayList<>(events.size());
        for (Event e : events) {
            rows.add(new Object[]{e.type(), e.organizationId(), e.aggregateType(), e.aggregateId(), e.payload(), e.createdAt()});
        }
        CopyIn.rows(connection, "outbox_event",
                List.of("type", "organization_id", "aggregate_type", "aggregate_id", "payload", "created_at"), rows);
    }
}
