package org.dutyledger.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.ZoneOffset;
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

    @Transactional(Transactional.TxType.MANDATORY)
    public void add(String type, Long organizationId, String aggregateType, Object aggregateId, Map<String, Object> payload) {
        try {
            em.createNativeQuery("INSERT INTO outbox_event (type, organization_id, aggregate_type, aggregate_id, payload, created_at)"
                            + " VALUES (?1, ?2, ?3, ?4, CAST(?5 AS jsonb), ?6)")
                    .setParameter(1, type).setParameter(2, organizationId).setParameter(3, aggregateType)
                    .setParameter(4, String.valueOf(aggregateId)).setParameter(5, json.writeValueAsString(payload))
                    .setParameter(6, Instant.now().atOffset(ZoneOffset.UTC)).executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an event payload is plain data", e);
        }
    }
}
