package org.dutyledger.integration.imports;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.dutyledger.support.Tokens.as;

/** Uploading files and waiting for jobs, as a script would. */
final class Imports {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Imports() {
    }

    static long upload(String user, String kind, String contentType, byte[] body) {
        return as(user).contentType(contentType).queryParam("kind", kind).queryParam("fileName", "test." + kind)
                .body(body).post("/api/v1/imports").then().statusCode(202).extract().jsonPath().getLong("id");
    }

    static long csv(String user, String kind, String text) {
        return upload(user, kind, "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }

    static long csv(String user, String kind, String text, Charset charset) {
        return upload(user, kind, "text/csv", text.getBytes(charset));
    }

    /** Polls the job until it leaves VALIDATING/COMMITTING. */
    static JsonPath await(String user, long id) {
        long deadline = System.currentTimeMillis() + 120_000;
        while (true) {
            JsonPath job = as(user).get("/api/v1/imports/" + id).then().statusCode(200).extract().jsonPath();
            String status = job.getString("status");
            if (!status.equals("VALIDATING") && !status.equals("COMMITTING")) {
                return job;
            }
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("import " + id + " still " + status);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }

    static List<Map<String, Object>> errors(String user, long id) {
        return as(user).queryParam("limit", 1000).get("/api/v1/imports/" + id + "/errors").then().statusCode(200)
                .extract().jsonPath().getList("items");
    }

    static JsonPath commit(String user, long id) {
        as(user).post("/api/v1/imports/" + id + "/commit").then().statusCode(202);
        return await(user, id);
    }

    static Response get(String user, String path) {
        return as(user).get(path);
    }
}
