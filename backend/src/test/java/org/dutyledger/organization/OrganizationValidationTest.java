package org.dutyledger.organization;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.dutyledger.support.Demo;
import org.dutyledger.support.EmbeddedPostgresResource;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyledger.support.Tokens.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Bad input is a 4xx problem naming the field, and changes nothing. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class OrganizationValidationTest {

    static final String ORGS = "/api/v1/organizations";

    private void refused(String body, int status, String field) {
        long head = Demo.auditHead();
        as("admin").body(body).post(ORGS).then().statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("errors.field", hasItem(field));
        assertThat(Demo.auditHead()).as("nothing was written").isEqualTo(head);
    }

    private String valid(String override) {
        long street = Demo.org("STREET-DH");
        return "{\"code\":\"" + Demo.uniqueCode("V") + "\",\"name\":\"校验社区\",\"type\":\"COMMUNITY\",\"parentId\":"
                + street + override + "}";
    }

    @Test
    void aFieldErrorCarriesItsCodeAndArgumentsInChineseByDefault() {
        as("admin").body(valid(",\"shortName\":\"" + "长".repeat(101) + "\"")).post(ORGS).then().statusCode(422)
                .body("title", equalTo("输入有误"))
                .body("errors[0].field", equalTo("shortName"))
                .body("errors[0].code", equalTo("too-long"))
                .body("errors[0].args.max", equalTo(100))
                .body("errors[0].message", equalTo("最多 100 个字符"))
                .body("detail", equalTo("shortName: 最多 100 个字符"));
    }

    @Test
    void aFieldErrorIsInEnglishWhenTheRequestPrefersEnglish() {
        as("admin").header("Accept-Language", "en-US,en;q=0.9,zh-CN;q=0.8")
                .body(valid(",\"shortName\":\"" + "长".repeat(101) + "\"")).post(ORGS).then().statusCode(422)
                .body("title", equalTo("Invalid input"))
                .body("errors[0].code", equalTo("too-long"))
                .body("errors[0].args.max", equalTo(100))
                .body("errors[0].message", equalTo("must be at most 100 characters"))
                .body("detail", equalTo("shortName: must be at most 100 characters"));
        // A language the service does not speak falls back to Chinese.
        as("admin").header("Accept-Language", "fr-FR")
                .body(valid(",\"shortName\":\"" + "长".repeat(101) + "\"")).post(ORGS).then().statusCode(422)
                .body("errors[0].message", equalTo("最多 100 个字符"));
    }

    @Test
    void aMissingNameIsNamed() {
        refused("{\"code\":\"" + Demo.uniqueCode("V") + "\",\"type\":\"COMMUNITY\",\"parentId\":" + Demo.org("STREET-DH") + "}",
                422, "name");
    }

    @Test
    void anOverlongNameIsNamed() {
        refused(valid(",\"shortName\":\"" + "长".repeat(101) + "\""), 422, "shortName");
    }

    @Test
    void aCodeWithSpacesIsNamed() {
        refused("{\"code\":\"a b\",\"name\":\"x\",\"type\":\"COMMUNITY\",\"parentId\":" + Demo.org("STREET-DH") + "}", 422, "code");
    }

    @Test
    void anUnknownFieldIsNamed() {
        refused(valid(",\"colour\":\"red\""), 400, "colour");
    }

    @Test
    void aWrongTypeIsNamed() {
        refused(valid(",\"sortOrder\":\"first\""), 400, "sortOrder");
    }

    @Test
    void anUnknownEnumValueIsNamed() {
        refused("{\"code\":\"" + Demo.uniqueCode("V") + "\",\"name\":\"x\",\"type\":\"CASTLE\"}", 400, "type");
    }

    @Test
    void malformedJsonIsA400() {
        long head = Demo.auditHead();
        as("admin").body("{\"code\": ").post(ORGS).then().statusCode(400)
                .contentType("application/problem+json").body("title", equalTo("请求格式错误"))
                .body("errors[0].field", equalTo("body")).body("errors[0].code", equalTo("not-json"));
        assertThat(Demo.auditHead()).isEqualTo(head);
    }

    @Test
    void aDuplicateCodeIsAConflictNamingTheCode() {
        refused("{\"code\":\"STREET-DH\",\"name\":\"重复\",\"type\":\"COMMUNITY\",\"parentId\":" + Demo.org("DISTRICT") + "}",
                409, "code");
        as("admin").body("{\"code\":\"STREET-DH\",\"name\":\"重复\",\"type\":\"COMMUNITY\",\"parentId\":" + Demo.org("DISTRICT") + "}")
                .post(ORGS).then().statusCode(409).body("errors[0].code", equalTo("taken"))
                .body("errors[0].message", equalTo("已被其他记录使用"));
    }

    @Test
    void anUnknownParentIsNamed() {
        refused(valid("").replaceFirst("\"parentId\":\\d+", "\"parentId\":987654321"), 404, "parentId");
    }

    @Test
    void badIdsAndQueryParametersAreNamed() {
        as("admin").get(ORGS + "/abc").then().statusCode(400).body("errors[0].field", equalTo("id"));
        as("admin").get(ORGS + "/987654321").then().statusCode(404).contentType("application/problem+json");
        as("admin").queryParam("page", "-1").get(ORGS).then().statusCode(400).body("errors[0].field", equalTo("page"));
        as("admin").queryParam("type", "CASTLE").get(ORGS).then().statusCode(400).body("errors[0].field", equalTo("type"));
        as("admin").queryParam("depth", "x").get(ORGS + "/" + Demo.org("CITY") + "/tree").then().statusCode(400)
                .body("errors[0].field", equalTo("depth"));
    }

    @Test
    void aPatchWithoutVersionIsNamed() {
        long id = Demo.createOrg("无版本", "COMMUNITY", Demo.org("STREET-DH")).getLong("id");
        as("admin").body(Map.of("name", "x")).patch(ORGS + "/" + id).then().statusCode(422)
                .body("errors.field", hasItem("version"));
    }

    @Test
    void aNulCharacterInTextIsRefusedNotAnError() {
        long head = Demo.auditHead();
        // A control character in a text field is invalid content (422 naming the field, common/TextRules).
        as("admin").body(valid("").replace("校验社区", "校验\\u0000社区")).post(ORGS).then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("name"));
        as("admin").queryParam("q", "东\u0000湖").get(ORGS).then().statusCode(400)
                .body("errors[0].field", equalTo("q"));
        assertThat(Demo.auditHead()).isEqualTo(head);
    }

    @Test
    void anEmptyBodyIsRefused() {
        as("admin").post(ORGS).then().statusCode(422).contentType("application/problem+json");
    }
}
