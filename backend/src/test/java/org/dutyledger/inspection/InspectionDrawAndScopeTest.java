package org.dutyledger.inspection;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.dutyledger.support.Demo;
import org.dutyledger.support.EmbeddedPostgresResource;
import org.dutyledger.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyledger.inspection.InspectionTree.inspection;
import static org.dutyledger.support.Tokens.as;
import static org.hamcrest.Matchers.equalTo;

/** The reproducible random draw (as the README documents it), targets inside the subtree, scope and bad input. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class InspectionDrawAndScopeTest {

    @Inject
    Fixtures fixtures;

    InspectionTree t;
    long template;

    @BeforeEach
    void tree() {
        t = new InspectionTree(fixtures, Demo.uniqueCode(""));
        template = t.newTemplate();
    }

    @Test
    void aRandomDrawIsRecordedAndReproducesFromItsSeed() throws Exception {
        List<Long> candidates = List.of(t.a, t.b, t.c);
        JsonPath planned = as(t.staffS).body(random(candidates, 2, "2026-抽查-1")).post("/api/v1/inspections").then().statusCode(201)
                .extract().jsonPath();
        List<Long> expected = readmeDraw(candidates, 2, "2026-抽查-1");
        assertThat(planned.getList("targets.organizationId", Long.class)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(planned.getString("draw.seed")).isEqualTo("2026-抽查-1");
        assertThat(planned.getInt("draw.count")).isEqualTo(2);
        assertThat(planned.getList("draw.candidateIds", Long.class)).containsExactlyElementsOf(candidates);

        as(t.staffA).queryParam("candidateIds", t.a + "," + t.b + "," + t.c).queryParam("count", 2).queryParam("seed", "2026-抽查-1")
                .get("/api/v1/inspections/draw").then().statusCode(200)
                .body("ids", equalTo(expected.stream().map(Long::intValue).toList()));

        // No seed: the server picks one, records it, and the draw re-runs from it.
        JsonPath picked = as(t.staffS).body(random(candidates, 1, null)).post("/api/v1/inspections").then().statusCode(201)
                .extract().jsonPath();
        String seed = picked.getString("draw.seed");
        assertThat(seed).hasSize(16);
        assertThat(picked.getList("targets.organizationId", Long.class)).containsExactlyElementsOf(readmeDraw(candidates, 1, seed));

        // The draw's own refusals.
        as(t.staffS).body(random(candidates, 4, "s")).post("/api/v1/inspections").then().statusCode(422)
                .body("errors[0].field", equalTo("draw.count")).body("errors[0].code", equalTo("out-of-range"));
        as(t.staffS).body(random(List.of(t.a, t.d), 1, "s")).post("/api/v1/inspections").then().statusCode(404)
                .body("errors[0].field", equalTo("draw.candidateIds[1]"));
        Map<String, Object> both = random(candidates, 1, "s");
        both.put("targetIds", List.of(t.a));
        as(t.staffS).body(both).post("/api/v1/inspections").then().statusCode(422).body("errors[0].field", equalTo("draw"))
                .body("errors[0].code", equalTo("targets-or-draw"));
        as(t.staffS).body(inspection(t.s, "RANDOM", template, "2026", List.of(t.a), List.of())).post("/api/v1/inspections").then()
                .statusCode(422).body("errors[0].field", equalTo("draw"));
        as(t.staffS).queryParam("candidateIds", "1,x").queryParam("count", 1).queryParam("seed", "s").get("/api/v1/inspections/draw")
                .then().statusCode(400).body("errors[0].field", equalTo("candidateIds"));
        as(t.staffS).queryParam("candidateIds", "1,2").queryParam("count", 3).queryParam("seed", "s").get("/api/v1/inspections/draw")
                .then().statusCode(400).body("errors[0].field", equalTo("count"));
        as(t.staffS).queryParam("candidateIds", "1,2").queryParam("count", 1).get("/api/v1/inspections/draw")
                .then().statusCode(400).body("errors[0].field", equalTo("seed"));
        as(t.staffS).queryParam("candidateIds", "1,2").queryParam("count", 1).queryParam("seed", "a\u0001b")
                .get("/api/v1/inspections/draw").then().statusCode(400).body("errors[0].field", equalTo("seed"));
    }

    @Test
    void targetsLieInTheSubtreeAndSiblingsSeeNothing() {
        refused(inspection(t.s, "ANNUAL_ASSESSMENT", template, "2026", List.of(t.a, t.d), List.of()), 404, "targetIds[1]");
        refused(inspection(t.s, "SPECIAL", template, "2026", List.of(t.s), List.of()), 422, "targetIds[0]");
        refused(inspection(t.s, "SPECIAL", template, "2026", List.of(t.a, t.a), List.of()), 422, "targetIds[1]");
        refused(inspection(t.s, "SPECIAL", template, "2026", List.of(), List.of()), 422, "targetIds");
        refused(inspection(t.s, "SPECIAL", template, "2026", List.of(t.a), List.of(999_999_999L)), 404, "teamPersonIds[0]");
        refused(inspection(t.s, "SPECIAL", 999_999_999L, "2026", List.of(t.a), List.of()), 404, "templateId");
        Map<String, Object> badPeriod = inspection(t.s, "SPECIAL", template, "2026", List.of(t.a), List.of());
        badPeriod.put("period", "2026-Q5");
        refused(badPeriod, 400, "period");
        Map<String, Object> backwards = inspection(t.s, "SPECIAL", template, "2026", List.of(t.a), List.of());
        backwards.put("endsOn", "2026-10-01");
        refused(backwards, 422, "endsOn");
        Map<String, Object> control = inspection(t.s, "SPECIAL", template, "2026", List.of(t.a), List.of());
        control.put("title", "专项\u0007督查");
        refused(control, 422, "title");
        Map<String, Object> noKind = inspection(t.s, "SPECIAL", template, "2026", List.of(t.a), List.of());
        noKind.remove("kind");
        refused(noKind, 422, "kind");
        // A street's template is not a sibling street's to use; a community does not inspect its street.
        as(t.staffT).body(inspection(t.t, "SPECIAL", template, "2026", List.of(t.d), List.of())).post("/api/v1/inspections").then()
                .statusCode(404).body("errors[0].field", equalTo("templateId"));
        as(t.staffA).body(inspection(t.s, "SPECIAL", template, "2026", List.of(t.a), List.of())).post("/api/v1/inspections").then()
                .statusCode(404).body("errors[0].field", equalTo("organizationId"));

        // SELF: the organization inspects itself.
        long self = as(t.staffS).body(inspection(t.s, "SELF", template, "2026", List.of(t.s), List.of(t.staffSId)))
                .post("/api/v1/inspections").then().statusCode(201).body("targets[0].organizationId", equalTo((int) t.s))
                .extract().jsonPath().getLong("id");
        long id = as(t.staffS).body(inspection(t.s, "SPECIAL", template, "2026", List.of(t.a), List.of())).post("/api/v1/inspections")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        for (String path : List.of("", "/results", "/targets/" + t.a + "/scores", "/targets/" + t.a + "/record")) {
            as(t.staffT).get("/api/v1/inspections/" + id + path).then().statusCode(404);
        }
        as(t.staffT).body(Map.of("version", 0)).post("/api/v1/inspections/" + id + "/start").then().statusCode(404);
        as(t.staffT).get("/api/v1/inspections/" + self).then().statusCode(404);
        as("auditor").get("/api/v1/inspections/" + id).then().statusCode(200);
        as("auditor").body(Map.of("version", 0)).post("/api/v1/inspections/" + id + "/start").then().statusCode(403);
        // Editing targets: still inside the subtree.
        Map<String, Object> edit = new HashMap<>(Map.of("version", 0, "title", "专项督查", "startsOn", "2026-11-01",
                "endsOn", "2026-11-30", "targetIds", List.of(t.b, t.d)));
        as(t.staffS).body(edit).put("/api/v1/inspections/" + id).then().statusCode(404).body("errors[0].field", equalTo("targetIds[1]"));
        edit.put("targetIds", List.of(t.b, t.c));
        as(t.staffS).body(edit).put("/api/v1/inspections/" + id).then().statusCode(200).body("targets.organizationId",
                equalTo(List.of((int) t.b, (int) t.c)));
    }

    /** The algorithm as the README words it, written again here: order by SHA-256(seed + ":" + id) in hex, take count. */
    static List<Long> readmeDraw(List<Long> candidates, int count, String seed) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        Map<Long, String> keys = new HashMap<>();
        for (long id : candidates) {
            keys.put(id, HexFormat.of().formatHex(sha.digest((seed + ":" + id).getBytes(StandardCharsets.UTF_8))));
        }
        return candidates.stream().sorted(Comparator.comparing(keys::get)).limit(count).toList();
    }

    Map<String, Object> random(List<Long> candidates, int count, String seed) {
        Map<String, Object> body = inspection(t.s, "RANDOM", template, "2026", null, List.of());
        Map<String, Object> draw = new HashMap<>();
        draw.put("candidateIds", candidates);
        draw.put("count", count);
        if (seed != null) {
            draw.put("seed", seed);
        }
        body.put("draw", draw);
        return body;
    }

    void refused(Map<String, Object> body, int status, String field) {
        as(t.staffS).body(body).post("/api/v1/inspections").then().statusCode(status).body("errors[0].field", equalTo(field));
    }
}
