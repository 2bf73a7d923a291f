package org.dutyledger.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The canonical serialization that the chain hashes (documented in the README so anyone can re-check it):
 * a JSON object without white space, keys sorted at every level, times as UTC with six fractional digits;
 * hash = lowercase hex SHA-256 of UTF-8(prevHash + canonicalJson).
 */
public final class AuditCanonicalForm {

    public static final String GENESIS_HASH = "0".repeat(64);

    private static final ObjectMapper CANONICAL = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private AuditCanonicalForm() {
    }

    /** Databases keep microseconds: the chain hashes what the database keeps. */
    public static Instant truncate(Instant t) {
        return t.truncatedTo(ChronoUnit.MICROS);
    }

    public static String time(Instant t) {
        return TIME.format(truncate(t));
    }

    public static String json(AuditRecord e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seq", e.seq());
        m.put("occurredAt", time(e.occurredAt()));
        m.put("actorSubject", e.actorSubject());
        m.put("actorUsername", e.actorUsername());
        m.put("actorPersonId", e.actorPersonId());
        m.put("action", e.action());
        m.put("entityType", e.entityType());
        m.put("entityId", e.entityId());
        m.put("organizationId", e.organizationId());
        m.put("requestId", e.requestId());
        m.put("changes", e.changes());
        m.put("prevHash", e.prevHash());
        try {
            return CANONICAL.writeValueAsString(m);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("audit event not serializable", ex);
        }
    }

    /** Canonical JSON text of the changes alone, as stored in the jsonb column. */
    public static String changesJson(Object changes) {
        try {
            return CANONICAL.writeValueAsString(changes);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("changes not serializable", ex);
        }
    }

    public static Object parseChanges(String json) {
        try {
            return CANONICAL.readValue(json, Object.class);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("stored changes are not JSON", ex);
        }
    }

    public static String hash(AuditRecord e) {
        return sha256(e.prevHash() + json(e));
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
