package org.dutyledger.dossier;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.dutyledger.support.Demo;
import org.dutyledger.support.EmbeddedPostgresResource;
import org.dutyledger.support.Fixtures;
import org.dutyledger.support.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyledger.dossier.PackageTree.build;
import static org.dutyledger.dossier.PackageTree.download;
import static org.dutyledger.dossier.PackageTree.request;
import static org.dutyledger.dossier.PackageTree.sha256;
import static org.dutyledger.dossier.PackageTree.today;
import static org.dutyledger.dossier.PackageTree.unzip;
import static org.dutyledger.support.Tokens.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** The inspection package: the build, the zip and its manifest, the package.built event, scope, refusals, the job's life. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class InspectionPackageApiTest {

    static final Pattern HASH_AT_END = Pattern.compile(",\"hash\":\"([0-9a-f]{64})\"}$");
    static final Pattern PREV_HASH = Pattern.compile("\"prevHash\":\"([0-9a-f]{64})\"");
    static final Pattern SEQ = Pattern.compile("\"seq\":(\\d+)");

    @Inject
    Fixtures fixtures;

    @Inject
    EntityManager em;

    @Inject
    PackageCleanup cleanup;

    PackageTree t;

    @BeforeEach
    void tree() {
        t = new PackageTree(fixtures, Demo.uniqueCode(""));
    }

    @Test
    void aBuiltPackageListsEveryFileInItsManifestAndTheAuditTrailVouchesForIt() throws Exception {
        JsonPath queued = build(t.staffS, t.s, true);
        long id = queued.getLong("id");
        assertThat(queued.getString("status")).isIn("QUEUED", "RUNNING", "DONE");
        assertThat(queued.getString("organizationName")).contains("材料包街道");
        assertThat(queued.getList("parts", String.class)).containsExactly("LEDGERS", "PUBLICATIONS", "OBLIGATIONS",
                "REPORTS", "INSPECTIONS", "AUDIT");
        assertThat(queued.getString("fileName")).endsWith("_迎检材料包_" + today().minusDays(30) + "_" + today() + ".zip");

        JsonPath done = PackageTree.await(t.staffS, id, "DONE");
        assertThat(done.getInt("progress.done")).isEqualTo(done.getInt("progress.total"));
        Response r = download(t.staffS, id);
        r.then().statusCode(200).contentType("application/zip")
                .header("Content-Disposition", startsWith("attachment; filename=\"package-" + id + ".zip\"; filename*=UTF-8''"));
        byte[] zip = r.asByteArray();
        assertThat((long) zip.length).isEqualTo(done.getLong("size"));
        Map<String, byte[]> entries = unzip(zip);
        List<String> paths = new ArrayList<>(entries.keySet());
        assertThat(paths.get(0)).isEqualTo("说明.html");
        assertThat(paths.get(paths.size() - 1)).isEqualTo("manifest.json");
        assertThat(paths).contains("audit/events.jsonl", "audit/chain.json", "台账/责任分工表.xlsx", "台账/责任矩阵.xlsx",
                "台账/领导小组.xlsx", "台账/渠道登记.xlsx", "工作义务/义务台账.xlsx", "工作义务/履职记录.xlsx",
                "报告/工作报告.xlsx", "报告/重大事项.xlsx", "检查/整改台账.xlsx", "台账/责任分工表.html", "台账/责任矩阵.html",
                "台账/领导小组.html", "台账/渠道登记.html");
        assertThat(new String(entries.get("台账/渠道登记.html"), StandardCharsets.UTF_8))
                .contains("制表日期", "@page", t.channelB).doesNotContain("<script", "http://", "https://");
        assertThat(String.join("", PackageTree.texts("台账/渠道登记.xlsx", entries.get("台账/渠道登记.xlsx"))))
                .as("the street's register lists its communities' channels").contains(t.channelB);
        assertThat(paths).contains("verify.html", "verify.py");
        assertThat(done.getInt("fileCount")).as("the manifest's files").isEqualTo(paths.size() - 1);

        byte[] manifestBytes = entries.get("manifest.json");
        JsonPath manifest = new JsonPath(new String(manifestBytes, StandardCharsets.UTF_8));
        assertThat(manifest.getString("format")).isEqualTo("duty-ledger-package/1");
        assertThat(manifest.getLong("organization.id")).isEqualTo(t.s);
        assertThat(manifest.getString("from")).isEqualTo(today().minusDays(30).toString());
        assertThat(manifest.getBoolean("subtree")).isTrue();
        List<Map<String, Object>> files = manifest.getList("files");
        assertThat(files.stream().map(f -> (String) f.get("path")).toList())
                .as("every entry but the manifest, in zip order").isEqualTo(paths.subList(0, paths.size() - 1));
        for (Map<String, Object> f : files) {
            byte[] bytes = entries.get((String) f.get("path"));
            assertThat(((Number) f.get("size")).longValue()).as("size of %s", f.get("path")).isEqualTo(bytes.length);
            assertThat(f.get("sha256")).as("SHA-256 of %s", f.get("path")).isEqualTo(sha256(bytes));
            assertThat((String) f.get("kind")).isIn("readme", "checker", "ledger", "review-form", "evidence", "report",
                    "inspection", "rectification", "audit-events", "audit-chain");
        }
        List<String> content = paths.subList(1, paths.size() - 1).stream()
                .filter(p -> !p.equals("verify.html") && !p.equals("verify.py")).toList();
        assertThat(content).as("content sorted by path").isSorted();

        String sha = sha256(manifestBytes);
        assertThat(done.getString("manifestSha256")).isEqualTo(sha);
        JsonPath events = as(t.staffS).queryParam("entityType", "inspection-package").queryParam("entityId", String.valueOf(id))
                .queryParam("action", "package.built").get("/api/v1/audit-events").then().statusCode(200).extract().jsonPath();
        assertThat(events.getString("items[0].changes.manifestSha256.after")).isEqualTo(sha);
        assertThat(events.getLong("items[0].organizationId")).isEqualTo(t.s);

        // Every audit line carries its own hash over the exact canonical text, and consecutive seqs link.
        String jsonl = new String(entries.get("audit/events.jsonl"), StandardCharsets.UTF_8);
        String[] lines = jsonl.split("\n");
        assertThat(lines.length).isGreaterThan(3);
        Map<String, Object> eventsFile = files.stream().filter(f -> f.get("path").equals("audit/events.jsonl")).findFirst().orElseThrow();
        assertThat(((Number) eventsFile.get("count")).intValue()).isEqualTo(lines.length);
        long previousSeq = -1;
        String previousHash = null;
        for (String line : lines) {
            Matcher m = HASH_AT_END.matcher(line);
            assertThat(m.find()).as(line).isTrue();
            String canonical = line.substring(0, m.start()) + "}";
            Matcher prev = PREV_HASH.matcher(canonical);
            assertThat(prev.find()).isTrue();
            assertThat(sha256((prev.group(1) + canonical).getBytes(StandardCharsets.UTF_8))).isEqualTo(m.group(1));
            Matcher seq = SEQ.matcher(canonical);
            assertThat(seq.find()).isTrue();
            long s = Long.parseLong(seq.group(1));
            assertThat(s).isGreaterThan(previousSeq);
            if (s == previousSeq + 1) {
                assertThat(prev.group(1)).isEqualTo(previousHash);
            }
            previousSeq = s;
            previousHash = m.group(1);
        }
        JsonPath chain = new JsonPath(new String(entries.get("audit/chain.json"), StandardCharsets.UTF_8));
        assertThat(chain.getBoolean("verification.ok")).isTrue();
        assertThat(chain.getLong("headSeq")).isGreaterThanOrEqualTo(previousSeq);
        assertThat(chain.getInt("count")).isEqualTo(lines.length);
        assertThat(new String(entries.get("说明.html"), StandardCharsets.UTF_8)).contains("verify.html", "package.built");

        // Unpacked as an inspector would, the package's own verify.py finds it intact and names the manifest's hash.
        Path folder = Files.createTempDirectory("package");
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            Path file = folder.resolve(e.getKey());
            Files.createDirectories(file.getParent());
            Files.write(file, e.getValue());
        }
        VerifyScriptTest.Result checked = VerifyScriptTest.run(folder, null);
        assertThat(checked.exit()).as(checked.output()).isZero();
        assertThat(checked.output()).contains("完整：", sha);
    }

    @Test
    void aCommunitysPackageHoldsNothingOfItsSibling() throws Exception {
        long id = build(t.staffA, t.a, true).getLong("id");
        PackageTree.await(t.staffA, id, "DONE");
        Map<String, byte[]> entries = unzip(download(t.staffA, id).then().statusCode(200).extract().asByteArray());
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            assertThat(e.getKey()).doesNotContain(t.nameB);
            for (String text : PackageTree.texts(e.getKey(), e.getValue())) {
                assertThat(text).as(e.getKey()).doesNotContain(t.nameB).doesNotContain(t.personB).doesNotContain(t.channelB)
                        .doesNotContain("\"organizationId\":" + t.b + ",");
            }
        }
        assertThat(new String(entries.get("audit/events.jsonl"), StandardCharsets.UTF_8)).contains(t.nameA);
    }

    @Test
    void badRequestsAreProblemsNamingTheFieldAndCreateNothing() {
        long before = total(t.staffA);
        as(t.staffA).body(request(t.a, "2026-06-30", "2026-01-01")).post("/api/v1/inspection-packages").then()
                .statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("to")).body("errors[0].code", equalTo("period-reversed"));
        as(t.staffA).body(request(t.a, "2025-01-01", "2026-06-30")).post("/api/v1/inspection-packages").then()
                .statusCode(422).body("errors[0].field", equalTo("to")).body("errors[0].code", equalTo("period-too-long"));
        as(t.staffA).body(request(t.a, "2026-1-1", "2026-06-30")).post("/api/v1/inspection-packages").then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("from"));
        as(t.staffA).body(request(t.a, "2026-01-01", "2026-02-30")).post("/api/v1/inspection-packages").then()
                .statusCode(400).body("errors[0].field", equalTo("to"));
        as(t.staffA).body(request(t.b, "2026-01-01", "2026-06-30")).post("/api/v1/inspection-packages").then()
                .statusCode(404).contentType("application/problem+json").body("errors[0].field", equalTo("organizationId"));
        as(t.staffA).body(request(t.s, "2026-01-01", "2026-06-30")).post("/api/v1/inspection-packages").then()
                .statusCode(404).body("errors[0].field", equalTo("organizationId"));
        as(t.staffA).body(request(999_999_999L, "2026-01-01", "2026-06-30")).post("/api/v1/inspection-packages").then()
                .statusCode(404).body("errors[0].field", equalTo("organizationId"));
        Map<String, Object> unknownPart = request(t.a, "2026-01-01", "2026-06-30");
        unknownPart.put("parts", List.of("AUDIT", "PHOTOS"));
        as(t.staffA).body(unknownPart).post("/api/v1/inspection-packages").then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("parts[1]"));
        Tokens.integration().body(request(t.a, "2026-01-01", "2026-06-30")).post("/api/v1/inspection-packages").then()
                .statusCode(403).contentType("application/problem+json");
        assertThat(total(t.staffA)).isEqualTo(before);
    }

    @Test
    void someoneElsesPackageDoesNotExistForThemButAnAuditorSeesIt() throws Exception {
        Map<String, Object> body = request(t.a, today().minusDays(3).toString(), today().toString());
        body.put("parts", List.of("AUDIT"));
        long id = as(t.staffA).body(body).post("/api/v1/inspection-packages").then().statusCode(202)
                .body("parts", equalTo(List.of("AUDIT"))).extract().jsonPath().getLong("id");
        as(t.staffB).get("/api/v1/inspection-packages/" + id).then().statusCode(404).contentType("application/problem+json");
        download(t.staffB, id).then().statusCode(404);
        as(t.staffB).post("/api/v1/inspection-packages/" + id + "/cancel").then().statusCode(404);
        assertThat(as(t.staffB).get("/api/v1/inspection-packages").then().statusCode(200).extract().jsonPath()
                .getList("items.id", Long.class)).doesNotContain(id);
        assertThat(as(t.staffA).get("/api/v1/inspection-packages").then().statusCode(200).extract().jsonPath()
                .getList("items.id", Long.class)).contains(id);
        as("auditor").get("/api/v1/inspection-packages/" + id).then().statusCode(200);
        PackageTree.await(t.staffA, id, "DONE");
        Map<String, byte[]> entries = unzip(download(t.staffA, id).then().statusCode(200).extract().asByteArray());
        assertThat(entries.keySet()).noneMatch(p -> p.startsWith("台账/") || p.startsWith("检查/"));
    }

    @Test
    void aBuildWhoseWorkerDiedIsTakenOverAndFinishes() throws Exception {
        Map<String, Object> body = request(t.a, today().minusDays(3).toString(), today().toString());
        body.put("parts", List.of("AUDIT"));
        long id = as(t.staffA).body(body).post("/api/v1/inspection-packages").then().statusCode(202).extract().jsonPath().getLong("id");
        PackageTree.await(t.staffA, id, "DONE");
        // Another instance holds it, alive: nobody takes it, and there is nothing to download.
        sql("UPDATE inspection_packages SET status = 'RUNNING', claimed_by = 'other-instance', heartbeat_at = now(), "
                + "manifest_sha256 = NULL WHERE id = " + id);
        download(t.staffA, id).then().statusCode(409).contentType("application/problem+json")
                .body("type", containsString("package-not-ready"));
        Thread.sleep(1500);
        assertThat(as(t.staffA).get("/api/v1/inspection-packages/" + id).then().extract().jsonPath().getString("status"))
                .isEqualTo("RUNNING");
        // Its heartbeat goes stale: the next poll claims it again and builds it from scratch.
        sql("UPDATE inspection_packages SET heartbeat_at = now() - interval '1 hour' WHERE id = " + id);
        JsonPath done = PackageTree.await(t.staffA, id, "DONE");
        assertThat(done.getString("manifestSha256")).hasSize(64);
        Map<String, byte[]> entries = unzip(download(t.staffA, id).then().statusCode(200).extract().asByteArray());
        assertThat(sha256(entries.get("manifest.json"))).isEqualTo(done.getString("manifestSha256"));
    }

    @Test
    void aRunningBuildCanBeCancelledOnceAndAnExpiredOneIsGone() throws Exception {
        Map<String, Object> body = request(t.a, today().minusDays(3).toString(), today().toString());
        body.put("parts", List.of("AUDIT"));
        long id = as(t.staffA).body(body).post("/api/v1/inspection-packages").then().statusCode(202).extract().jsonPath().getLong("id");
        PackageTree.await(t.staffA, id, "DONE");
        sql("UPDATE inspection_packages SET status = 'RUNNING', claimed_by = 'other-instance', heartbeat_at = now() WHERE id = " + id);
        as(t.staffA).post("/api/v1/inspection-packages/" + id + "/cancel").then().statusCode(200)
                .body("status", equalTo("CANCELLED")).body("failure.code", equalTo("cancelled"));
        as(t.staffA).post("/api/v1/inspection-packages/" + id + "/cancel").then().statusCode(409)
                .contentType("application/problem+json").body("type", containsString("package-transition"));
        download(t.staffA, id).then().statusCode(409);
        assertThat(as(t.staffA).queryParam("entityType", "inspection-package").queryParam("entityId", String.valueOf(id))
                .get("/api/v1/audit-events").then().statusCode(200).extract().jsonPath().getList("items.action", String.class))
                .contains("package.requested", "package.built", "package.cancelled");

        long other = as(t.staffA).body(body).post("/api/v1/inspection-packages").then().statusCode(202).extract().jsonPath().getLong("id");
        PackageTree.await(t.staffA, other, "DONE");
        sql("UPDATE inspection_packages SET expires_at = now() - interval '1 minute' WHERE id = " + other);
        download(t.staffA, other).then().statusCode(410).contentType("application/problem+json")
                .body("type", containsString("package-expired"));
        assertThat(cleanup.prune()).isGreaterThanOrEqualTo(1);
        download(t.staffA, other).then().statusCode(410);
        as(t.staffA).get("/api/v1/inspection-packages/" + other).then().statusCode(200).body("status", equalTo("DONE"));
    }

    static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    @Test
    void evidenceFilesAreInThePackageOncePerSha256() throws Exception {
        long first = fulfilment(t.staffA, t.a);
        long second = fulfilment(t.staffA, t.a);
        long other = fulfilment(t.staffB, t.b);
        long attachment = upload(t.staffA, first, "site-photo.png");
        upload(t.staffA, second, "site-photo-2.png");
        upload(t.staffB, other, "other-photo.png");
        Map<String, Object> body = request(t.a, today().minusDays(3).toString(), today().toString());
        body.put("parts", List.of("OBLIGATIONS"));
        long id = as(t.staffA).body(body).post("/api/v1/inspection-packages").then().statusCode(202).extract().jsonPath().getLong("id");
        PackageTree.await(t.staffA, id, "DONE");
        Map<String, byte[]> entries = unzip(download(t.staffA, id).then().statusCode(200).extract().asByteArray());
        List<String> evidence = entries.keySet().stream().filter(p -> p.startsWith("工作义务/证明材料/")).toList();
        assertThat(evidence).hasSize(1);
        assertThat(evidence.get(0)).endsWith("/" + sha256(PNG).substring(0, 12) + "_site-photo.png");
        assertThat(entries.get(evidence.get(0))).isEqualTo(PNG);
        JsonPath manifest = new JsonPath(new String(entries.get("manifest.json"), StandardCharsets.UTF_8));
        Map<String, Object> listed = manifest.getMap("files.find { it.path == '" + evidence.get(0) + "' }");
        assertThat(listed).containsEntry("kind", "evidence").containsEntry("entity", "fulfilment-attachment")
                .containsEntry("id", (int) attachment).containsEntry("sha256", sha256(PNG));
        assertThat(String.join("", PackageTree.texts("工作义务/履职记录.xlsx", entries.get("工作义务/履职记录.xlsx"))))
                .contains("材料包测试会议").doesNotContain(t.nameB);
    }

    private long fulfilment(String caller, long org) {
        Map<String, Object> b = new java.util.HashMap<>();
        b.put("organizationId", org);
        b.put("happenedOn", today().toString());
        b.put("title", "材料包测试会议");
        b.put("kind", "ANALYSIS");
        b.put("participantIds", List.of());
        b.put("decisions", List.of());
        b.put("obligationIds", List.of());
        return as(caller).body(b).post("/api/v1/fulfilments").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private long upload(String caller, long record, String name) {
        return io.restassured.RestAssured.given().auth().oauth2(Tokens.of(caller)).multiPart("file", name, PNG, "image/png")
                .post("/api/v1/fulfilments/" + record + "/attachments").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private long total(String caller) {
        return as(caller).get("/api/v1/inspection-packages").then().statusCode(200).extract().jsonPath().getLong("total");
    }

    /** Plays another instance's part in the job's life: only tests write the job's row directly. */
    private void sql(String statement) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(statement).executeUpdate());
    }
}
