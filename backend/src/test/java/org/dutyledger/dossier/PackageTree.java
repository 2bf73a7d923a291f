package org.dutyledger.dossier;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.dutyledger.person.MembershipRole;
import org.dutyledger.support.Demo;
import org.dutyledger.support.Duties;
import org.dutyledger.support.Fixtures;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyledger.support.Tokens.as;

/**
 * A small tree for package tests, made through the API: a street S (under the tests' container) with communities A and
 * B, staff logins for S, A and B, a channel in A and one in B; helpers to build a package, wait for it and unzip it.
 */
final class PackageTree {

    final long s;
    final long a;
    final long b;
    final String nameA;
    final String nameB;
    final String staffS;
    final String staffA;
    final String staffB;
    final String personB;
    final String channelB;

    PackageTree(Fixtures fixtures, String tag) {
        JsonPath sOrg = Demo.createOrg("材料包街道" + tag, "STREET", Duties.container());
        s = sOrg.getLong("id");
        JsonPath aOrg = Demo.createOrg("材料包甲社区" + tag, "COMMUNITY", s);
        a = aOrg.getLong("id");
        nameA = aOrg.getString("name");
        JsonPath bOrg = Demo.createOrg("材料包乙社区" + tag, "COMMUNITY", s);
        b = bOrg.getLong("id");
        nameB = bOrg.getString("name");
        String suffix = Long.toString(System.nanoTime(), 36);
        staffS = "pks" + suffix;
        staffA = "pka" + suffix;
        staffB = "pkb" + suffix;
        personB = "乙社区材料员" + tag;
        fixtures.newPerson("街道材料员" + tag, staffS, sOrg.getString("code"), MembershipRole.STAFF);
        fixtures.newPerson("甲社区材料员" + tag, staffA, aOrg.getString("code"), MembershipRole.STAFF);
        fixtures.newPerson(personB, staffB, bOrg.getString("code"), MembershipRole.STAFF);
        Duties.channel(a, "甲社区公众号" + tag, "ACTIVE");
        channelB = "乙社区公众号" + tag;
        Duties.channel(b, channelB, "ACTIVE");
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    static Map<String, Object> request(long org, String from, String to) {
        Map<String, Object> body = new HashMap<>();
        body.put("organizationId", org);
        body.put("from", from);
        body.put("to", to);
        return body;
    }

    /** Requests a package of the last 30 days (to today) and returns its view. */
    static JsonPath build(String caller, long org, boolean subtree) {
        Map<String, Object> body = request(org, today().minusDays(30).toString(), today().toString());
        body.put("subtree", subtree);
        return as(caller).body(body).post("/api/v1/inspection-packages").then().statusCode(202).extract().jsonPath();
    }

    /** Polls the package until it reaches `status` (60 s at most). */
    static JsonPath await(String caller, long id, String status) throws InterruptedException {
        JsonPath view = null;
        for (int i = 0; i < 300; i++) {
            view = as(caller).get("/api/v1/inspection-packages/" + id).then().statusCode(200).extract().jsonPath();
            if (status.equals(view.getString("status"))) {
                return view;
            }
            assertThat(view.getString("status")).as("package %d: %s", id, view.prettify()).isIn("QUEUED", "RUNNING", status);
            Thread.sleep(200);
        }
        throw new AssertionError("package " + id + " did not reach " + status + ": " + view.prettify());
    }

    static Response download(String caller, long id) {
        return as(caller).get("/api/v1/inspection-packages/" + id + "/download");
    }

    /** The zip's entries, in zip order, with their bytes. */
    static LinkedHashMap<String, byte[]> unzip(byte[] zip) throws IOException {
        LinkedHashMap<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                assertThat(entries).doesNotContainKey(e.getName());
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    /** The text of a file for searching: an xlsx (itself a zip) is searched in its inner XML files. */
    static List<String> texts(String path, byte[] bytes) throws IOException {
        List<String> out = new ArrayList<>();
        if (path.endsWith(".xlsx")) {
            try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(bytes))) {
                StringBuilder sb = new StringBuilder();
                for (org.apache.poi.ss.usermodel.Sheet sheet : wb) {
                    for (org.apache.poi.ss.usermodel.Row row : sheet) {
                        for (org.apache.poi.ss.usermodel.Cell cell : row) {
                            sb.append(cell.toString()).append('\t');
                        }
                        sb.append('\n');
                    }
                }
                out.add(sb.toString());
            }
        } else {
            out.add(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
        }
        return out;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
