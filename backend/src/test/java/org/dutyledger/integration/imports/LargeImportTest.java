package org.dutyledger.integration.imports;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.dutyledger.support.Demo;
import org.dutyledger.support.EmbeddedPostgresResource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyledger.integration.imports.Imports.await;
import static org.dutyledger.integration.imports.Imports.csv;
import static org.dutyledger.support.Tokens.as;

/** 10,000 organizations in one file: dry run, progress while it runs, commit, all written. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class LargeImportTest {

    static final int ROWS = Integer.getInteger("import.rows", 10_000);

    @Test
    void tenThousandOrganizations() {
        String prefix = Demo.uniqueCode("L");
        StringBuilder file = new StringBuilder("机构编码,机构名称,机构类型,上级机构编码\n");
        for (int i = 0; i < ROWS; i++) {
            // A tree ten wide: each row's parent is defined above it (row i/10), the first hangs under the demo city.
            String parent = i == 0 ? "CITY" : prefix + "-" + (i - 1) / 10;
            file.append(prefix).append('-').append(i).append(",批量单位").append(i).append(",其他,").append(parent).append('\n');
        }
        long start = System.nanoTime();
        long id = csv("admin", "organizations", file.toString());
        JsonPath job = await("admin", id);
        double dry = (System.nanoTime() - start) / 1e9;
        assertThat(job.getString("status")).isEqualTo("VALID");
        assertThat(job.getInt("total")).isEqualTo(ROWS);
        assertThat(job.getInt("createdCount")).isEqualTo(ROWS);

        start = System.nanoTime();
        as("admin").post("/api/v1/imports/" + id + "/commit").then().statusCode(202);
        List<Integer> progress = new ArrayList<>();
        while (true) {
            JsonPath p = as("admin").get("/api/v1/imports/" + id).then().statusCode(200).extract().jsonPath();
            progress.add(p.getInt("processed"));
            if (progress.size() % 100 == 0) {
                System.out.printf("commit progress: %d rows after %.1f s%n", p.getInt("processed"), (System.nanoTime() - start) / 1e9);
            }
            if (!p.getString("status").equals("COMMITTING")) {
                assertThat(p.getString("status")).as(p.getString("message")).isEqualTo("COMMITTED");
                assertThat(p.getInt("createdCount")).isEqualTo(ROWS);
                break;
            }
            sleep();
        }
        double commit = (System.nanoTime() - start) / 1e9;
        System.out.printf("%d-row organization import: dry run %.1f s, commit %.1f s%n", ROWS, dry, commit);
        assertThat(progress.stream().anyMatch(n -> n > 0 && n < ROWS)).as("progress seen while committing").isTrue();
        JsonPath leaf = as("admin").get("/api/v1/organizations/" + Demo.org(prefix + "-" + (ROWS - 1))).then().statusCode(200)
                .extract().jsonPath();
        assertThat(leaf.getLong("parentId")).isEqualTo(Demo.org(prefix + "-" + (ROWS - 2) / 10));
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
