package io.dealstream.needs.links;

import static io.dealstream.needs.support.NeedsFixtures.OUTLINE;
import static io.dealstream.needs.support.NeedsFixtures.REQUIREMENTS;
import static io.dealstream.needs.support.NeedsFixtures.analysis;
import static io.dealstream.needs.support.NeedsFixtures.meeting;
import static io.dealstream.needs.support.NeedsFixtures.qualifyInLeadService;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.dealstream.events.lead.Intent;
import io.dealstream.eventstore.testing.MutableClock;
import io.dealstream.localstack.CustomerPages;
import io.dealstream.localstack.LocalStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The customer confirms the needs report through a mailed link, against the real stack and a real SMTP server: the
 * mail, the page without any account, the signature with its evidence, and every refusal a clear page that changes
 * nothing.
 */
@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "stage", value = "NEEDS"))
class NeedsCustomerLinkTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @TestHTTPResource("/")
    URI base;

    @Inject
    MutableClock clock;

    @BeforeAll
    static void authenticate() {
        io.dealstream.localstack.TestAuth.allRoles();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static ValidatableResponse post(UUID id, String path, String body) {
        return given().contentType(ContentType.JSON).body(body).post("/needs/" + id + "/" + path).then();
    }

    /** A research with its report classified and handed to solution design: ready to go to the customer. */
    private static UUID readyReport(String customer) {
        UUID id = qualifyInLeadService(customer, Intent.HIGH);
        await().atMost(WAIT).untilAsserted(() -> given().get("/needs/" + id).then().statusCode(200));
        post(id, "outline", OUTLINE).statusCode(200);
        post(id, "discovery-meeting", meeting(0.7)).statusCode(200);
        post(id, "analysis", analysis("50000")).statusCode(200);
        post(id, "requirements", REQUIREMENTS).statusCode(200);
        post(id, "solution-design-handoff", "{\"team\": \"solution design\", \"handedTo\": \"Raj\"}").statusCode(200);
        return id;
    }

    private static String sendLink(UUID id, String email, String lifetime) {
        return post(id, "links", """
                {"act": "CONFIRM_NEEDS", %s "ourSignatory": {"name": "Alice Keller", "role": "Sales lead"} %s}"""
                .formatted(email == null ? "" : "\"email\": \"" + email + "\",",
                        lifetime == null ? "" : ", \"lifetime\": \"" + lifetime + "\""))
                .statusCode(201).body("act", equalTo("CONFIRM_NEEDS")).body("state", equalTo("SENT"))
                .extract().path("url");
    }

    private HttpResponse<String> open(String token) {
        return new CustomerPages(base).open(token);
    }

    private HttpResponse<String> submit(String token, Map<String, String> form) {
        return new CustomerPages(base).submit(token, form);
    }

    private static String token(String url) {
        return CustomerPages.token(url);
    }

    private static final Map<String, String> SIGN = Map.of("decision", "sign", "name", "Li Wei", "role", "CTO",
            "signature", "Li Wei", "consent", "yes");

    @Test
    void theCustomerReadsTheMailedReportSignsOnceAndTheConfirmationCarriesBothSidesAndTheEvidence() {
        UUID id = readyReport("Link Signing GmbH");
        String url = sendLink(id, "li.wei@link-signing.example", null);
        String mailed = LocalStackResource.stack().mail().awaitLink("li.wei@link-signing.example", WAIT);
        assertThat(token(mailed)).isEqualTo(token(url));
        String token = token(url);

        HttpResponse<String> page = open(token);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(page.body()).contains("Needs analysis report", "Link Signing GmbH", "planning takes two days",
                "Confirm and sign");
        given().get("/needs/" + id + "/links").then().body("[0].state", equalTo("OPENED"));

        // the form says what is missing and keeps what was typed
        HttpResponse<String> incomplete = submit(token, Map.of("decision", "sign", "name", "Li Wei", "role", "CTO"));
        assertThat(incomplete.statusCode()).isEqualTo(422);
        assertThat(incomplete.body()).contains("Tick the box", "value=\"Li Wei\"");

        // hostile input is text on the page, never markup, never a server error
        HttpResponse<String> hostile = submit(token, Map.of("decision", "sign", "name", "<script>alert(1)</script>\u0000",
                "role", "x".repeat(1500), "signature", "\u202e", "consent", "no"));
        assertThat(hostile.statusCode()).isEqualTo(422);
        assertThat(hostile.body()).doesNotContain("<script>alert").contains("&lt;script&gt;");
        assertThat(submit(token, Map.of("decision", "delete-everything", "name", "Li Wei")).statusCode()).isEqualTo(422);
        // a field beyond the server's form limit (2 KB) is refused before it reaches the page
        assertThat(submit(token, Map.of("decision", "sign", "name", "x".repeat(5000))).statusCode()).isEqualTo(413);
        post(id, "links", "{\"act\": \"CONFIRM_NEEDS\", \"lifetime\": \"P99999999999999999999D\","
                + " \"ourSignatory\": {\"name\": \"A\", \"role\": \"B\"}}").statusCode(400);
        post(id, "links", "{\"act\": \"CONFIRM_NEEDS\", \"lifetime\": \"P100D\","
                + " \"ourSignatory\": {\"name\": \"A\", \"role\": \"B\"}}").statusCode(422)
                .body("rule", equalTo("link-lifetime"));

        HttpResponse<String> signed = submit(token, SIGN);
        assertThat(signed.statusCode()).as(signed.body()).isEqualTo(200);
        assertThat(signed.body()).contains("Your signature is recorded");

        given().get("/needs/" + id).then().body("status", equalTo("CONFIRMED"))
                .body("report.signatures.side", org.hamcrest.Matchers.contains("OURS", "CUSTOMER"))
                .body("report.signatures[1].link.linkId", equalTo(given().get("/needs/" + id + "/links").then()
                        .extract().path("[0].linkId")))
                .body("report.signatures[1].link.documentVersion", startsWith("needs-report@"))
                .body("report.signatures[1].link.userAgent", equalTo("Phone Browser 1.0"))
                .body("report.signatures[1].link.documentSha256", org.hamcrest.Matchers.matchesPattern("[0-9a-f]{64}"));
        given().get("/needs/" + id + "/history").then().body("eventType", org.hamcrest.Matchers.hasItems(
                "NeedsConfirmationSent", "NeedsLinkSent", "NeedsLinkOpened", "NeedsConfirmed", "NeedsLinkUsed"));

        // used: the page says so, a second signature changes nothing
        HttpResponse<String> again = submit(token, SIGN);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("used already");
        assertThat(open(token).statusCode()).isEqualTo(409);
        given().get("/needs/" + id + "/history").then().body("findAll { it.eventType == 'NeedsConfirmed' }.size()",
                equalTo(1));
    }

    @Test
    void aTamperedExpiredOrRevokedLinkShowsAClearPageAndChangesNothing() {
        UUID id = readyReport("Link Refusals AG");
        String token = token(sendLink(id, null, "PT1H"));

        String tampered = token.substring(0, token.length() - 2) + (token.endsWith("A") ? "BB" : "AA");
        for (String bad : new String[] {tampered, "x", "AAAA.BBBB", "%00", "A".repeat(300), UUID.randomUUID().toString()}) {
            HttpResponse<String> page = open(bad);
            assertThat(page.statusCode()).as(bad).isEqualTo(404);
            assertThat(page.body()).contains("not a valid link").doesNotContain("Link Refusals AG");
            assertThat(submit(bad, SIGN).statusCode()).isEqualTo(404);
        }

        clock.advance(Duration.ofHours(2));
        HttpResponse<String> expired = submit(token, SIGN);
        assertThat(expired.statusCode()).isEqualTo(410);
        assertThat(expired.body()).contains("expired");
        given().get("/needs/" + id).then().body("status", equalTo("SENT_FOR_CONFIRMATION"));

        String second = token(sendLink(id, null, null));
        String linkId = given().get("/needs/" + id + "/links").then().extract().path("[0].linkId");
        post(id, "links/" + linkId + "/revocation", "").statusCode(200);
        HttpResponse<String> revoked = open(second);
        assertThat(revoked.statusCode()).isEqualTo(410);
        assertThat(revoked.body()).contains("withdrawn");
        assertThat(submit(second, SIGN).statusCode()).isEqualTo(410);
        given().get("/needs/" + id).then().body("status", equalTo("SENT_FOR_CONFIRMATION"));
    }

    @Test
    void theCustomerDisputesThroughTheLinkAndALinkForAnOlderVersionSaysSo() {
        UUID id = readyReport("Link Dispute BV");
        String first = token(sendLink(id, null, null));
        String second = token(sendLink(id, null, null));
        HttpResponse<String> disputed = submit(first, Map.of("decision", "dispute", "name", "Li Wei",
                "points", "budget is 60k\n\nthree depots, not 14"));
        assertThat(disputed.statusCode()).as(disputed.body()).isEqualTo(200);
        given().get("/needs/" + id).then().body("status", equalTo("DISPUTED"))
                .body("report.disputedPoints", org.hamcrest.Matchers.contains("budget is 60k", "three depots, not 14"));
        // the dispute changed the report's state: the other link names an older version and does nothing
        HttpResponse<String> outdated = submit(second, SIGN);
        assertThat(outdated.statusCode()).isEqualTo(409);
        assertThat(outdated.body()).contains("has changed since this link was sent");
    }
}
