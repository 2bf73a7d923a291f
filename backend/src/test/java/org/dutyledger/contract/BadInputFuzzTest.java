package org.dutyledger.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.dutyledger.support.Demo;
import org.dutyledger.support.EmbeddedPostgresResource;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyledger.support.Tokens.as;

/**
 * Generated bad requests against every operation of the published contract: wrong types, missing and
 * extra fields, huge strings, boundary numbers and dates, invalid UTF-8, unknown ids, ids of another
 * organization. The service must never answer 5xx, and a refused request must not move the audit chain.
 * Path ids are never valid ids of shared demo data, so nothing real is changed.
 * <p>
 * Strictness: every id, date and enum — in the path, the query or the body — with a leading or trailing control
 * character (or blank) is refused with 400 naming it, never trimmed and used; a number where the contract says
 * string is 400 naming the field; a control character in a text field is 422 naming the field.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class BadInputFuzzTest {

    static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    static final Random RANDOM = new Random(20261128);
    static final String[] BAD_IDS = {"abc", "-1", "0", "99999999999999999999", "1.5", "%E2%80%8B", "１２", "987654321",
            "null", "x".repeat(3000)};
    static final String[] BAD_QUERY = {"", "abc", "-1", "99999999999999999999", "2026-13-45", "true'--", "%00",
            "長".repeat(500), "9223372036854775808"};

    /** Leading and trailing control characters around a valid-looking value, URL-encoded (a blank only in the path). */
    static final String[][] AROUND = {{"%00", ""}, {"", "%1F"}, {"%20", ""}};
    static final String[][] AROUND_JSON = {{"\u0000", ""}, {"", "\u001f"}, {" ", ""}};

    final List<String> failures = new ArrayList<>();
    int tried;
    /** Whether a GET of the current operation was answered (below 400). */
    boolean readAnswered;

    @Test
    void noGeneratedBadRequestGetsA5xxOrChangesAnything() throws Exception {
        JsonNode contract = new ObjectMapper(new YAMLFactory())
                .readTree(Files.readString(Path.of("..", "openapi.yaml"), StandardCharsets.UTF_8));
        JsonNode schemas = contract.path("components").path("schemas");
        long otherStreet = Demo.org("STREET-XS");
        for (Iterator<Map.Entry<String, JsonNode>> paths = contract.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                String method = op.getKey().toUpperCase();
                if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    continue;
                }
                long head = method.equals("GET") ? Demo.auditHead() : 0;
                readAnswered = false;
                fuzz(method, path.getKey(), op.getValue(), schemas, otherStreet);
                // A read that was answered may be recorded (a CROSS read grant's first use): only refusals must not move it.
                if (method.equals("GET") && !readAnswered && Demo.auditHead() != head) {
                    failures.add("GET " + path.getKey() + ": a refused read moved the audit chain");
                }
            }
        }
        System.out.printf("bad-input fuzz: %d requests tried, %d problems%n", tried, failures.size());
        assertThat(failures).as("requests answered 5xx or that changed the audit chain").isEmpty();
        assertThat(tried).isGreaterThan(1000);
    }

    private void fuzz(String method, String template, JsonNode op, JsonNode schemas, long otherStreet) {
        List<String> pathParams = new ArrayList<>();
        List<String> queryParams = new ArrayList<>();
        for (JsonNode p : op.path("parameters")) {
            (p.path("in").asText().equals("path") ? pathParams : queryParams).add(p.path("name").asText());
        }
        JsonNode bodySchema = resolve(op.path("requestBody").path("content").path("application/json").path("schema"), schemas);
        boolean hasBody = !bodySchema.isMissingNode();
        // 1. Bad path ids (with a plausible body), and another organization's id as an out-of-scope caller.
        for (String bad : BAD_IDS) {
            send(method, fill(template, pathParams, bad), Map.of(), hasBody ? plausible(bodySchema, schemas).toString() : null, "admin");
        }
        send(method, fill(template, pathParams, Long.toString(otherStreet)), Map.of(),
                hasBody ? plausible(bodySchema, schemas).toString() : null, "secretary");
        String safePath = fill(template, pathParams, "987654321");
        // 2. Bad query parameter values.
        for (String q : queryParams) {
            for (String bad : BAD_QUERY) {
                send(method, safePath, Map.of(q, bad), hasBody ? plausible(bodySchema, schemas).toString() : null, "admin");
            }
        }
        // 4. Ids and values with control characters around them: refused, never trimmed and used.
        long head = Demo.auditHead();
        for (String[] around : AROUND) {
            if (!pathParams.isEmpty()) {
                // 415: an upload (multipart) refused for its content type before the id is read.
                expectRefusal(method, fill(template, pathParams, around[0] + "987654321" + around[1]), Map.of(),
                        hasBody ? plausible(bodySchema, schemas).toString() : null, null, 400, 422,
                        op.has("requestBody") && !hasBody ? 415 : 400);
            }
            for (JsonNode p : op.path("parameters")) {
                // Query parameters are declared as plain strings: a blank around free text (q) is fine.
                if (!p.path("in").asText().equals("query") || around[0].equals("%20")) {
                    continue;
                }
                JsonNode sample = sample(resolve(p.path("schema"), schemas), schemas, 0);
                String value = java.net.URLEncoder.encode(sample.asText(), StandardCharsets.UTF_8);
                expectRefusal(method, safePath, Map.of(p.path("name").asText(), around[0] + value + around[1]),
                        hasBody ? plausible(bodySchema, schemas).toString() : null, p.path("name").asText(), 400);
            }
        }
        if (Demo.auditHead() != head) {
            failures.add(method + " " + template + ": a request with control characters in a parameter moved the audit chain");
        }
        if (!hasBody) {
            return;
        }
        // 3. Broken bodies, on a path that cannot touch real data and on the collection itself.
        List<String> targets = pathParams.isEmpty() ? List.of(template) : List.of(safePath);
        for (String target : targets) {
            for (String body : badBodies(bodySchema, schemas)) {
                send(method, target, Map.of(), body, "admin");
            }
            long before = Demo.auditHead();
            strictFields(method, target, bodySchema, schemas);
            if (Demo.auditHead() != before) {
                failures.add(method + " " + target + ": a body refused for its types or characters moved the audit chain");
            }
        }
    }

    /**
     * Each field of the body in turn: an id, number, boolean, date or enum as a string with control characters
     * around it → 400 naming the field; a number in a string field → 400; a control character in a string → 422.
     */
    private void strictFields(String method, String target, JsonNode schema, JsonNode schemas) {
        ObjectNode base = plausible(schema, schemas);
        for (Iterator<Map.Entry<String, JsonNode>> props = schema.path("properties").fields(); props.hasNext(); ) {
            Map.Entry<String, JsonNode> prop = props.next();
            String field = prop.getKey();
            JsonNode s = resolve(prop.getValue(), schemas);
            String type = s.path("type").isArray() ? s.path("type").get(0).asText() : s.path("type").asText("string");
            boolean scalar = s.has("enum") || List.of("integer", "number", "boolean").contains(type)
                    || List.of("date", "date-time").contains(s.path("format").asText());
            if (!scalar && !type.equals("string")) {
                continue;
            }
            String sample = sample(s, schemas, 0).asText();
            if (scalar) {
                for (String[] around : AROUND_JSON) {
                    ObjectNode mutated = base.deepCopy();
                    mutated.put(field, around[0] + sample + around[1]);
                    expectRefusal(method, target, Map.of(), mutated.toString(), field, 400);
                }
            } else if (!s.path("format").asText().equals("binary")) {
                ObjectNode number = base.deepCopy();
                number.put(field, 5);
                expectRefusal(method, target, Map.of(), number.toString(), field, 400);
                ObjectNode control = base.deepCopy();
                control.put(field, "模糊\u0007测试\u001b[0m");
                expectRefusal(method, target, Map.of(), control.toString(), field, 422);
            }
        }
    }

    /** Sends as admin and records a failure unless the answer is one of the refusals, naming the field when given. */
    private void expectRefusal(String method, String path, Map<String, String> query, String body, String field,
                               int... statuses) {
        RequestSpecification request = as("admin").urlEncodingEnabled(false);
        query.forEach(request::queryParam);
        if (body != null) {
            request.body(body.getBytes(StandardCharsets.UTF_8));
        }
        Response response = request.request(method, path);
        tried++;
        int status = response.statusCode();
        String seen = method + " " + clip(path) + " " + query + " body=" + clip(body) + " → " + status;
        if (java.util.Arrays.stream(statuses).noneMatch(x -> x == status)) {
            failures.add(seen + ", expected " + java.util.Arrays.toString(statuses) + " " + clip(response.asString()));
        } else if (field != null && !field.equals(firstField(response.asString()))) {
            failures.add(seen + ", expected errors[0].field " + field + " " + clip(response.asString()));
        }
    }

    private List<String> badBodies(JsonNode schema, JsonNode schemas) {
        List<String> bodies = new ArrayList<>(List.of("", "{", "[]", "null", "\"text\"", "42", "{\"a\":", "{}",
                "{\"unknownField\":1}"));
        ObjectNode base = plausible(schema, schemas);
        for (Iterator<String> names = schema.path("properties").fieldNames(); names.hasNext(); ) {
            String field = names.next();
            for (JsonNode value : List.<JsonNode>of(JSON.textNode("x".repeat(100_000)), JSON.numberNode(Long.MAX_VALUE),
                    JSON.numberNode(-1), JSON.numberNode(1e308), JSON.textNode("2026-02-30"), JSON.booleanNode(true),
                    JSON.arrayNode().add(1), JSON.objectNode().put("a", 1), JSON.nullNode(), JSON.textNode("\u0000\uFFFF"),
                    JSON.textNode("9999-12-31T23:59:59Z"), JSON.numberNode(new java.math.BigInteger("99999999999999999999999")))) {
                ObjectNode mutated = base.deepCopy();
                mutated.set(field, value);
                bodies.add(mutated.toString());
            }
            ObjectNode without = base.deepCopy();
            without.remove(field);
            bodies.add(without.toString());
        }
        ObjectNode extra = base.deepCopy();
        extra.put("extraField", "x");
        bodies.add(extra.toString());
        return bodies;
    }

    /** A body of the right shape whose references point nowhere (987654321), so it cannot change real data. */
    private ObjectNode plausible(JsonNode schema, JsonNode schemas) {
        ObjectNode body = JSON.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> props = schema.path("properties").fields(); props.hasNext(); ) {
            Map.Entry<String, JsonNode> p = props.next();
            body.set(p.getKey(), sample(resolve(p.getValue(), schemas), schemas, 0));
        }
        return body;
    }

    private JsonNode sample(JsonNode s, JsonNode schemas, int depth) {
        if (s.has("enum")) {
            return s.path("enum").get(RANDOM.nextInt(s.path("enum").size()));
        }
        String type = s.path("type").isArray() ? s.path("type").get(0).asText() : s.path("type").asText("string");
        String format = s.path("format").asText("");
        switch (type) {
            case "integer":
                return JSON.numberNode(987654321L);
            case "number":
                return JSON.numberNode(1.5);
            case "boolean":
                return JSON.booleanNode(RANDOM.nextBoolean());
            case "array": {
                ArrayNode a = JSON.arrayNode();
                if (depth < 2) {
                    a.add(sample(resolve(s.path("items"), schemas), schemas, depth + 1));
                }
                return a;
            }
            case "object": {
                ObjectNode o = JSON.objectNode();
                if (depth < 2) {
                    s.path("properties").fields().forEachRemaining(p ->
                            o.set(p.getKey(), sample(resolve(p.getValue(), schemas), schemas, depth + 1)));
                }
                return o;
            }
            default:
                return JSON.textNode(switch (format) {
                    case "date" -> "2026-11-28";
                    case "date-time" -> "2026-11-28T08:00:00Z";
                    default -> "模糊测试";
                });
        }
    }

    private JsonNode resolve(JsonNode s, JsonNode schemas) {
        if (s.has("$ref")) {
            String ref = s.path("$ref").asText();
            return schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return s;
    }

    private static String fill(String template, List<String> names, String value) {
        String path = template;
        for (String name : names) {
            path = path.replace("{" + name + "}", value);
        }
        return path;
    }

    private void send(String method, String path, Map<String, String> query, String body, String user) {
        // A GET never writes: whether a whole operation's GETs moved the chain is checked once, around it (fuzz).
        boolean reads = method.equals("GET");
        long head = reads ? 0 : Demo.auditHead();
        RequestSpecification request = as(user).urlEncodingEnabled(false);
        query.forEach((k, v) -> request.queryParam(k, v));
        if (body != null) {
            request.body(body.getBytes(StandardCharsets.UTF_8));
        }
        Response response = request.request(method, path);
        tried++;
        int status = response.statusCode();
        String seen = method + " " + clip(path) + " " + query.keySet() + " body=" + clip(body) + " as " + user + " → " + status;
        readAnswered |= reads && status < 400;
        if (status >= 500) {
            failures.add(seen + " " + clip(response.asString()));
        } else if (!reads && status >= 400 && Demo.auditHead() != head) {
            failures.add(seen + " moved the audit chain");
        }
    }

    private static String firstField(String problem) {
        try {
            return new ObjectMapper().readTree(problem).path("errors").path(0).path("field").asText(null);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private static String clip(String s) {
        return s == null ? "-" : s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }
}
