package org.dutyledger.integration.webhook;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.dutyledger.organization.OrganizationService;
import org.dutyledger.organization.OrganizationRequests;
import org.dutyledger.support.EmbeddedPostgresResource;
import org.dutyledger.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyledger.support.Tokens.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Host names are judged by the addresses they resolve to, when subscribing and again before every attempt. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class WebhookUrlPolicyTest {

    static final String SUBS = "/api/v1/webhook-subscriptions";

    @Inject
    ScriptedHostResolver dns;

    @Inject
    Fixtures fixtures;

    @Inject
    OrganizationService organizations;

    @Inject
    WebhookDeliverer deliverer;

    static String uniqueHost(String label) {
        return label + "-" + Long.toString(System.nanoTime(), 36) + ".example.net";
    }

    io.restassured.response.ValidatableResponse subscribe(String url, long org) {
        return as("admin").body(Map.of("url", url, "eventTypes", List.of("organization.*"), "organizationId", org))
                .post(SUBS).then();
    }

    @Test
    void aNameThatResolvesToAnyNonPublicAddressIsRefusedWhenSubscribing() {
        long org = fixtures.newOrganization("STREET-DH");
        Map<String, String[]> refused = Map.of(
                "loopback", new String[]{"127.0.0.1"},
                "private", new String[]{"10.20.30.40"},
                "metadata", new String[]{"169.254.169.254"},
                "mixed", new String[]{ScriptedHostResolver.PUBLIC_ADDRESS, "192.168.1.10"},
                "carrier-nat", new String[]{"100.64.0.7"},
                "ula", new String[]{"fd12:3456::1"},
                "mapped", new String[]{"::ffff:127.0.0.1"},
                "v6-loopback", new String[]{"::1"});
        for (var e : refused.entrySet()) {
            String host = uniqueHost(e.getKey());
            dns.answer(host, e.getValue());
            subscribe("https://" + host + "/hook", org).statusCode(422).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("url"))
                    .body("errors[0].code", equalTo("host-not-public")).body("errors[0].args.host", equalTo(host))
                    .body("errors[0].message", containsString("非公网地址"));
        }
        String unknown = uniqueHost("nowhere");
        dns.answer(unknown);
        subscribe("https://" + unknown + "/hook", org).statusCode(422)
                .body("errors[0].field", equalTo("url")).body("errors[0].code", equalTo("host-not-resolved"))
                .body("errors[0].message", equalTo("主机 " + unknown + " 无法解析"));
        as("admin").header("Accept-Language", "en").body(Map.of("organizationId", org, "url", "https://" + unknown + "/hook",
                        "eventTypes", List.of("*"))).post(SUBS).then().statusCode(422)
                .body("errors[0].code", equalTo("host-not-resolved"))
                .body("errors[0].message", equalTo("host " + unknown + " could not be resolved"));
        subscribe("https://localhost./hook", org).statusCode(422).body("errors[0].field", equalTo("url"));
        String good = uniqueHost("public");
        dns.answer(good, ScriptedHostResolver.PUBLIC_ADDRESS, "2606:4700::6810:84e5");
        subscribe("https://" + good + "/hook", org).statusCode(201);
    }

    @Inject
    WebhookUrlPolicy policy;

    @Test
    void teredoLocalUseNat64AndNumericHostsNotInDottedDecimalAreRefused() {
        long org = fixtures.newOrganization("STREET-DH");
        for (String url : List.of(
                "https://[2001:0:4136:e378:8000:63bf:80ff:fffe]/",   // Teredo: the client part is 127.0.0.1, inverted
                "https://[2001:0:5ef5:79fd:0:0:5db8:28f1]/hook",      // Teredo with a public-looking server
                "https://[64:ff9b:1::7f00:1]/",                        // local-use NAT64 64:ff9b:1::/48
                "https://[64:ff9b:1:2::5db8:28f1]/",
                "https://[::ffff:0:7f00:1]/",                          // IPv4-translated
                "https://[100::1]/",                                   // discard-only
                "https://0177.0.0.1/",                                 // octal: 127.0.0.1 for curl, 177.0.0.1 for the JDK
                "https://0x7f.0.0.1/",
                "https://0x7f000001.example.0/",
                "https://127.1/",
                "https://93.184.215.014/",
                "https://93.184.215.14.0/")) {
            subscribe(url, org).statusCode(422).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("url"));
        }
        String teredoName = uniqueHost("teredo");
        dns.answer(teredoName, "2001:0:4136:e378:8000:63bf:80ff:fffe");
        subscribe("https://" + teredoName + "/hook", org).statusCode(422).body("errors[0].code", equalTo("host-not-public"))
                .body("errors[0].args.address", equalTo("2001:0:4136:e378:8000:63bf:80ff:fffe"));
        subscribe("https://0177.0.0.1/", org).statusCode(422).body("errors[0].code", equalTo("ambiguous-ip-address"));
        // A subscription stored before these rules is refused before each attempt, not called.
        assertThat(policy.refusalAtDelivery("https://0177.0.0.1/hook")).contains("not called");
        assertThat(policy.refusalAtDelivery("https://[2001:0:4136:e378:8000:63bf:80ff:fffe]/")).contains("not called");
        assertThat(policy.refusalAtDelivery("https://[64:ff9b:1::7f00:1]/")).contains("not called");
        // Plain dotted decimal public addresses and the well-known NAT64 prefix to a public address still pass.
        subscribe("https://93.184.215.14/hook", org).statusCode(201);
        subscribe("https://[64:ff9b::5db8:d70e]/hook", org).statusCode(201);
        subscribe("https://[2606:4700::6810:84e5]/hook", org).statusCode(201);
    }

    @Test
    void aPatchToANameThatResolvesInsideIsRefusedAndChangesNothing() {
        long org = fixtures.newOrganization("STREET-DH");
        JsonPath sub = subscribe("https://" + uniqueHost("first") + "/hook", org).statusCode(201).extract().jsonPath();
        String inside = uniqueHost("inside");
        dns.answer(inside, "172.16.0.9");
        as("admin").body(Map.of("version", sub.getLong("version"), "url", "https://" + inside + "/hook"))
                .patch(SUBS + "/" + sub.getLong("id")).then().statusCode(422).body("errors[0].field", equalTo("url"));
        as("admin").get(SUBS + "/" + sub.getLong("id")).then().statusCode(200)
                .body("url", equalTo(sub.getString("url"))).body("version", equalTo(sub.getInt("version")));
    }

    @Test
    void aNameRepointedAtLoopbackAfterSubscribingIsNotCalled() throws Exception {
        try (ServerSocket receiver = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            long org = fixtures.newOrganization("STREET-DH");
            String host = uniqueHost("rebind");
            dns.answer(host, ScriptedHostResolver.PUBLIC_ADDRESS);
            long subId = subscribe("https://" + host + ":" + receiver.getLocalPort() + "/hook", org).statusCode(201)
                    .extract().jsonPath().getLong("id");
            // DNS rebinding: the same name now points at the service's own machine.
            dns.answer(host, "127.0.0.1");
            fixtures.asSystem(() -> organizations.update(org, new OrganizationRequests.Update(
                    fixtures.asSystem(() -> organizations.get(org).version), "改指向之后", null, null, null)));
            while (deliverer.fanOut() > 0) {
                // every pending outbox event becomes deliveries
            }
            deliverer.deliverDue();
            as("admin").get(SUBS + "/" + subId + "/deliveries").then().statusCode(200)
                    .body("size()", equalTo(1))
                    .body("[0].attempts", equalTo(1))
                    .body("[0].status", equalTo("PENDING"))
                    .body("[0].lastResponseCode", nullValue())
                    .body("[0].lastError", containsString("not called"))
                    .body("[0].lastError", containsString("127.0.0.1"));
            receiver.setSoTimeout(300);
            assertThrows(SocketTimeoutException.class, receiver::accept, "nothing connected to the loopback receiver");
        }
    }
}
