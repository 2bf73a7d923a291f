package org.dutyledger.integration.imports;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.dutyledger.support.Demo;
import org.dutyledger.support.EmbeddedPostgresResource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyledger.integration.imports.Imports.await;
import static org.dutyledger.integration.imports.Imports.commit;
import static org.dutyledger.integration.imports.Imports.csv;
import static org.dutyledger.integration.imports.Imports.errors;
import static org.dutyledger.support.Tokens.as;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class ImportApiTest {

    @Test
    void csvOrganizationsDryRunThenCommitThenReimportUnchanged() {
        String a = Demo.uniqueCode("IMP");
        String b = Demo.uniqueCode("IMP");
        String file = "机构编码*,机构名称*,简称,机构类型*,上级机构编码,排序\r\n"
                + a + ",导入测试街道,,街道,CITY,1\r\n"
                + b + ",\"导入测试社区,一\",,社区," + a + ",\r\n"
                + ",,,,,\r\n";
        long id = csv("admin", "organizations", file);
        JsonPath job = await("admin", id);
        assertThat(errors("admin", id)).isEmpty();
        assertThat(job.getString("status")).isEqualTo("VALID");
        assertThat(job.getInt("total")).isEqualTo(2);
        assertThat(job.getInt("createdCount")).isEqualTo(2);
        assertThat(job.getString("format")).isEqualTo("csv");

        long head = Demo.auditHead();
        JsonPath done = commit("admin", id);
        assertThat(done.getString("status")).isEqualTo("COMMITTED");
        assertThat(done.getInt("createdCount")).isEqualTo(2);
        assertThat(Demo.auditHead()).isEqualTo(head + 2);
        long child = Demo.org(b);
        JsonPath org = as("admin").get("/api/v1/organizations/" + child).then().statusCode(200).extract().jsonPath();
        assertThat(org.getString("name")).isEqualTo("导入测试社区,一");
        assertThat(org.getString("type")).isEqualTo("COMMUNITY");

        long again = csv("admin", "organizations", file);
        assertThat(await("admin", again).getInt("unchangedCount")).isEqualTo(2);
        JsonPath second = commit("admin", again);
        assertThat(second.getString("status")).isEqualTo("COMMITTED");
        assertThat(second.getInt("unchangedCount")).isEqualTo(2);
        assertThat(Demo.auditHead()).isEqualTo(head + 2);
    }
}
