package org.dutyledger.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.dutyledger.support.Demo;
import org.dutyledger.support.EmbeddedPostgresResource;
import org.dutyledger.support.Tokens;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyledger.support.Tokens.as;
import static org.dutyledger.support.Tokens.integration;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * Input is taken as the contract types it: no control characters in stored text (one rule for JSON bodies, sync
 * items and import cells), no trimming of ids, dates and enums, no numbers where a string belongs, and an
 * oversized body is a problem+json naming the limit.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class StrictInputTest {

    static final String PROBLEM = "application/problem+json";

    // ------------------------------------------------------------------ item 6: control characters in text

    @Test
    void controlCharactersInATextFieldAre422NamingTheFieldAndStoreNothing() {
        JsonPath org = Demo.createOrg("控制字符测试", "COMMUNITY", Demo.org("STREET-DH"));
        long id = org.getLong("id");
        long version = org.getLong("version");
        long head = Demo.auditHead();
        for (String bad : List.of("a\u0007b\u001bc", "a\u007fb", "a\u0000b", "a\tb", "a\nb", "a\rb", "ab\u001f")) {
            as("admin").body(Map.of("version", version, "name", bad)).patch("/api/v1/organizations/" + id)
                    .then().statusCode(422).contentType(PROBLEM)
                    .body("type", equalTo("https://dutyledger.org/problems/validation"))
                    .body("errors[0].field", equalTo("name"))
                    .body("errors[0].code", equalTo("control-character"))
                    .body("errors[0].message", containsString("控制字符"));
        }
        as("admin").get("/api/v1/organizations/" + id).then().statusCode(200)
                .body("name", equalTo("控制字符测试")).body("version", equalTo((int) version));
        assertThat(Demo.auditHead()).isEqualTo(head);

        // Nested fields are named by their path.
        as("admin").body(Map.of("role", "LIAISON", "personId", 987654321, "effectiveDate", "2026-01-01",
                        "basis", Map.of("title", "文件\u0007名称")))
                .post("/api/v1/organizations/" + id + "/handover")
                .then().statusCode(422).contentType(PROBLEM).body("errors[0].field", equalTo("basis.title"));
    }

    @Test
    void multiLineFieldsKeepTabsAndLineBreaksButNoOtherControls() {
        long org = Demo.createOrg("多行说明测试", "COMMUNITY", Demo.org("STREET-DH")).getLong("id");
        Map<String, Object> channel = new HashMap<>(Map.of("organizationId", org, "type", "WEBSITE",
                "name", "多行说明网站", "description", "第一行\r\n第二行\t备注"));
        as("admin").body(channel).post("/api/v1/channels").then().statusCode(201)
                .body("description", equalTo("第一行\r\n第二行\t备注"));
        channel.put("name", "多行说明网站二");
        channel.put("description", "第一行\u0007");
        as("admin").body(channel).post("/api/v1/channels").then().statusCode(422).contentType(PROBLEM)
                .body("errors[0].field", equalTo("description"));
        // A single-line field of the same body does not take line breaks.
        channel.put("name", "名称\n第二行");
        channel.put("description", "说明");
        as("admin").body(channel).post("/api/v1/channels").then().statusCode(422).contentType(PROBLEM)
                .body("errors[0].field", equalTo("name"));
    }

    @Test
    void aSyncItemWithControlCharactersIsAnItemErrorAndTheOthersGoIn() {
        String bad = Demo.uniqueCode("CC");
        String good = Demo.uniqueCode("CC");
        List<Map<String, Object>> batch = List.of(syncOrg(bad, "坏\u0001名称", "STREET-DH"), syncOrg(good, "好名称", "STREET-DH"));
        JsonPath result = integration().body(batch).put("/api/v1/sync/organizations").then().statusCode(200)
                .extract().jsonPath();
        assertThat(result.getString("items[0].outcome")).isEqualTo("error");
        assertThat(result.getString("items[0].errors[0].field")).isEqualTo("name");
        assertThat(result.getString("items[0].errors[0].code")).isEqualTo("control-character");
        assertThat(result.getString("items[0].errors[0].message")).contains("控制字符");
        assertThat(result.getString("items[1].outcome")).isEqualTo("created");
        as("admin").queryParam("q", bad).get("/api/v1/organizations").then().statusCode(200).body("total", equalTo(0));

        Map<String, Object> person = new HashMap<>(Map.of("externalId", Demo.uniqueCode("CCP"), "name", "张三",
                "post", "干事\u001b[31m", "departments", List.of(Map.of("code", good, "leader", false))));
        JsonPath people = integration().body(List.of(person)).put("/api/v1/sync/people").then().statusCode(200)
                .extract().jsonPath();
        assertThat(people.getString("items[0].outcome")).isEqualTo("error");
        assertThat(people.getString("items[0].errors[0].field")).isEqualTo("post");
    }

    @Test
    void anImportCellWithControlCharactersIsAnInvalidValueRowError() throws Exception {
        String code = Demo.uniqueCode("CCI");
        String file = "机构编码*,机构名称*,简称,机构类型*,上级机构编码,排序\r\n"
                + code + ",坏\u0007名称,,COMMUNITY,STREET-DH,\r\n"
                + code + "-2,正常名称,简\u0000称,COMMUNITY,STREET-DH,\r\n";
        long job = as("admin").contentType("text/csv").queryParam("kind", "organizations").queryParam("fileName", "cc.csv")
                .body(file.getBytes(StandardCharsets.UTF_8)).post("/api/v1/imports").then().statusCode(202)
                .extract().jsonPath().getLong("id");
        JsonPath done = awaitImport(job);
        assertThat(done.getString("status")).isEqualTo("INVALID");
        List<Map<String, Object>> errors = as("admin").get("/api/v1/imports/" + job + "/errors").then().statusCode(200)
                .extract().jsonPath().getList("items");
        assertThat(errors).extracting(e -> e.get("row") + "|" + e.get("column") + "|" + e.get("code"))
                .containsExactly("2|机构名称|invalid-value", "3|简称|invalid-value");
        assertThat((String) errors.get(0).get("message")).contains("控制字符");
        assertThat((String) errors.get(0).get("value")).isEqualTo("坏\uFFFD名称");
    }

    // ------------------------------------------------------------------ item 7: strict ids, dates, enums

    @Test
    void anIdWithAControlCharacterIs400NotTheOrganization() {
        long id = Demo.org("STREET-DH");
        for (String bad : List.of(id + "%00", "%00" + id, id + "%0A", "%09" + id, id + "%20", id + "%1F")) {
            as("admin").urlEncodingEnabled(false).get("/api/v1/organizations/" + bad)
                    .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("id"));
        }
        as("admin").urlEncodingEnabled(false).get("/api/v1/organizations/" + id + "/responsibility?at=2026-01-01%00")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("at"));
    }

    @Test
    void aHandOverDateOrRoleWithAControlCharacterIs400AndWritesNothing() {
        long org = Demo.createOrg("严格日期测试", "COMMUNITY", Demo.org("STREET-DH")).getLong("id");
        long person = as("admin").body(Map.of("name", "严格日期", "memberships",
                        List.of(Map.of("organizationId", org, "role", "STAFF", "primary", true))))
                .post("/api/v1/people").then().statusCode(201).extract().jsonPath().getLong("id");
        long head = Demo.auditHead();
        Map<String, Object> handover = new HashMap<>(Map.of("role", "LIAISON", "personId", person,
                "effectiveDate", "2025-01-01\u0000"));
        as("admin").body(handover).post("/api/v1/organizations/" + org + "/handover")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("effectiveDate"));
        handover.put("effectiveDate", " 2025-01-01");
        as("admin").body(handover).post("/api/v1/organizations/" + org + "/handover")
                .then().statusCode(400).body("errors[0].field", equalTo("effectiveDate"));
        handover.put("effectiveDate", "2025-01-01");
        handover.put("role", "LIAISON\u0000");
        as("admin").body(handover).post("/api/v1/organizations/" + org + "/handover")
                .then().statusCode(400).body("errors[0].field", equalTo("role"));
        handover.put("role", "LIAISON");
        handover.put("personId", person + "\u0000");
        as("admin").body(handover).post("/api/v1/organizations/" + org + "/handover")
                .then().statusCode(400).body("errors[0].field", equalTo("personId"));
        assertThat(Demo.auditHead()).isEqualTo(head);
        as("admin").get("/api/v1/organizations/" + org + "/duty-assignments").then().statusCode(200)
                .body("items.size()", equalTo(0));
    }

    // ------------------------------------------------------------------ item 8: JSON types as in the contract

    @Test
    void aNumberOrBooleanWhereTheContractSaysStringIs400NamingTheField() {
        String code = Demo.uniqueCode("TYP");
        long head = Demo.auditHead();
        as("admin").body(Map.of("name", "类型测试", "type", "COMMUNITY", "parentCode", 5))
                .put("/api/v1/organizations/by-code/" + code)
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("parentCode"));
        as("admin").body(Map.of("code", code, "name", 12345, "type", "COMMUNITY", "parentId", Demo.org("STREET-DH")))
                .post("/api/v1/organizations")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("name"));
        as("admin").body(Map.of("code", code, "name", true, "type", "COMMUNITY", "parentId", Demo.org("STREET-DH")))
                .post("/api/v1/organizations")
                .then().statusCode(400).body("errors[0].field", equalTo("name"));
        integration().body(List.of(syncOrg(code, "类型测试", "STREET-DH"), Map.of("code", code + "-2", "name", "子",
                        "type", "DEPARTMENT", "parentCode", 5)))
                .put("/api/v1/sync/organizations")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("[1].parentCode"));
        assertThat(Demo.auditHead()).isEqualTo(head);
        as("admin").queryParam("q", code).get("/api/v1/organizations").then().statusCode(200).body("total", equalTo(0));
    }

    // ------------------------------------------------------------------ item 12: oversized bodies

    @Test
    void aBodyOverTheLimitIs413ProblemJsonNamingTheLimit() throws Exception {
        long limit = 25L * 1024 * 1024;
        String token = Tokens.of("admin", "admin");
        for (String[] request : List.of(
                new String[]{"POST", "/api/v1/organizations", "application/json"},
                new String[]{"PUT", "/api/v1/sync/organizations", "application/json"},
                new String[]{"POST", "/api/v1/imports?kind=organizations&fileName=big.csv", "text/csv"},
                new String[]{"POST", "/api/v1/publications/987654321/attachments", "multipart/form-data; boundary=x"})) {
            RawResponse r = sendDeclaring(request[0], request[1], request[2], token, limit + 1);
            assertThat(r.status).as(request[1]).isEqualTo(413);
            assertThat(r.headers.get("content-type")).as(request[1]).startsWith(PROBLEM);
            JsonNode problem = new ObjectMapper().readTree(r.body);
            assertThat(problem.path("type").asText()).isEqualTo("https://dutyledger.org/problems/payload-too-large");
            assertThat(problem.path("status").asInt()).isEqualTo(413);
            assertThat(problem.path("title").asText()).isEqualTo("请求体过大");
            assertThat(problem.path("errors").path(0).path("code").asText()).isEqualTo("too-large");
            assertThat(problem.path("detail").asText()).contains(Long.toString(limit)).contains("25 MB")
                    .contains("quarkus.http.limits.max-body-size");
            assertThat(problem.path("errors").path(0).path("field").asText()).isEqualTo("body");
        }
        // Just under the limit is read as usual (here: refused as JSON, not as too large).
        as("admin").body("{}").post("/api/v1/organizations").then().statusCode(422);
    }

    /** Sends the head of a request whose Content-Length is over the limit, and a little of its body. */
    private static RawResponse sendDeclaring(String method, String path, String type, String token, long length)
            throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            String head = method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                    + "\r\nContent-Type: " + type + "\r\nContent-Length: " + length + "\r\n\r\n";
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            try {
                out.write(new byte[8192]);
                out.flush();
            } catch (SocketException closed) {
                // The service may already have answered and closed the connection.
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    all.write(buffer, 0, n);
                }
            } catch (SocketException reset) {
                // A reset after the answer: what was read is the answer.
            }
            return RawResponse.parse(all.toString(StandardCharsets.UTF_8));
        }
    }

    record RawResponse(int status, Map<String, String> headers, String body) {
        static RawResponse parse(String text) {
            int end = text.indexOf("\r\n\r\n");
            assertThat(end).as("an HTTP answer: " + text).isPositive();
            String[] lines = text.substring(0, end).split("\r\n");
            Map<String, String> headers = new HashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(), lines[i].substring(colon + 1).trim());
            }
            return new RawResponse(Integer.parseInt(lines[0].split(" ")[1]), headers, text.substring(end + 4));
        }
    }

    // ------------------------------------------------------------------ helpers

    static Map<String, Object> syncOrg(String code, String name, String parentCode) {
        Map<String, Object> m = new HashMap<>();
        m.put("code", code);
        m.put("name", name);
        m.put("type", "DEPARTMENT");
        m.put("parentCode", parentCode);
        return m;
    }

    static JsonPath awaitImport(long id) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 120_000;
        while (true) {
            JsonPath job = as("admin").get("/api/v1/imports/" + id).then().statusCode(200).extract().jsonPath();
            String status = job.getString("status");
            if (!status.equals("VALIDATING")) {
                return job;
            }
            assertThat(System.currentTimeMillis()).as("import " + id + " still validating").isLessThan(deadline);
            Thread.sleep(100);
        }
    }
}
