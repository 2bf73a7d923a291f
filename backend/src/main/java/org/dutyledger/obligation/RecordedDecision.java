package org.dutyledger.obligation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One decision of a fulfilment record (a meeting's 决定) with who took part and who objected, for accountability. An
 * objection is "in the minutes" when the record said so as first recorded (before any correction): the position
 * taken at the meeting. One that a later correction added was put on the record after the decision was taken.
 */
@ApplicationScoped
public class RecordedDecision {

    public record Decision(long recordId, long organizationId, LocalDate happenedOn, Instant recordedAt, String title,
                           String text, List<Long> participantIds, List<Objection> objections) {
    }

    /** `at`: when the objection reached the record (the first recording, or the correction that stands now). */
    public record Objection(long personId, String text, boolean inMinutes, Instant at) {
    }

    @Inject
    EntityManager em;

    @Inject
    FulfilmentService records;

    /** The decision at `index` of a record the caller may read (404 otherwise); empty when there is no such decision. */
    public Optional<Decision> of(long recordId, int index) {
        FulfilmentRecord r = records.get(recordId);
        if (index < 0 || index >= r.decisions.size()) {
            return Optional.empty();
        }
        FulfilmentRecord.DecisionData d = r.decisions.get(index);
        Set<Long> firstObjectors = firstRecordedObjectors(r, index);
        List<Objection> objections = (d.positions() == null ? List.<FulfilmentRecord.PositionData>of() : d.positions()).stream()
                .filter(p -> p.position() == ObligationRequests.Stance.OBJECT)
                .map(p -> new Objection(p.personId(), p.text(), firstObjectors.contains(p.personId()),
                        firstObjectors.contains(p.personId()) ? r.recordedAt : r.updatedAt))
                .toList();
        return Optional.of(new Decision(r.id, r.organizationId, r.happenedOn, r.recordedAt, r.title, d.text(),
                List.of(r.participantIds), objections));
    }

    /** Who objected to the decision as the record was first recorded (the first correction keeps that version). */
    private Set<Long> firstRecordedObjectors(FulfilmentRecord r, int index) {
        List<FulfilmentRecord.DecisionData> first = r.decisions;
        if (r.corrections > 0) {
            @SuppressWarnings("unchecked")
            List<String> before = em.createNativeQuery("SELECT CAST(before -> 'decisions' AS text) FROM fulfilment_correction"
                    + " WHERE record_id = ?1 ORDER BY corrected_at, id LIMIT 1").setParameter(1, r.id).getResultList();
            first = before.isEmpty() ? List.of() : parse(before.get(0));
        }
        if (index >= first.size() || first.get(index).positions() == null) {
            return Set.of();
        }
        return first.get(index).positions().stream().filter(p -> p.position() == ObligationRequests.Stance.OBJECT)
                .map(FulfilmentRecord.PositionData::personId).collect(Collectors.toSet());
    }

    private static List<FulfilmentRecord.DecisionData> parse(String json) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().findAndRegisterModules().readValue(json,
                    new com.fasterxml.jackson.core.type.TypeReference<List<FulfilmentRecord.DecisionData>>() { });
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a correction keeps the record's decisions as written", e);
        }
    }
}
