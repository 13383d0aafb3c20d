package io.dealstream.proposal.links;

import static io.dealstream.proposal.support.ProposalFixtures.PRESENTATION;
import static io.dealstream.proposal.support.ProposalFixtures.confirmInNeedsService;
import static io.dealstream.proposal.support.ProposalFixtures.draft;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.dealstream.localstack.CustomerPages;
import io.dealstream.localstack.LocalStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The customer asks about the proposal and confirms its revision through mailed links, against the real stack and
 * its SMTP server.
 */
@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "stage", value = "PROPOSAL"))
class ProposalCustomerLinkTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String EMAIL = "li.wei@link-proposal.example";

    @TestHTTPResource("/")
    URI base;

    @BeforeAll
    static void authenticate() {
        io.dealstream.localstack.TestAuth.allRoles();
    }

    private static ValidatableResponse post(UUID id, String path, String body) {
        return given().contentType(ContentType.JSON).body(body).post("/proposals/" + id + "/" + path).then();
    }

    private static String sendLink(UUID id, String act) {
        return post(id, "links", "{\"act\": \"%s\", \"email\": \"%s\"}".formatted(act, EMAIL)).statusCode(201)
                .body("mail", equalTo("SENT")).extract().path("url");
    }

    private static UUID presented(String customer) {
        UUID id = confirmInNeedsService(customer);
        await().atMost(WAIT).untilAsserted(() -> given().get("/proposals/" + id).then().statusCode(200));
        post(id, "draft", draft("48000.00")).statusCode(200);
        post(id, "rehearsals", "{\"notes\": \"one\"}").statusCode(200);
        post(id, "rehearsals", "{\"notes\": \"two\"}").statusCode(200);
        post(id, "presentation", PRESENTATION).statusCode(200);
        return id;
    }

    private static void revise(UUID id, String schedule) {
        String revised = draft("48000.00").replace("6 weeks: migrate", schedule + ": migrate");
        post(id, "revisions", "{\"content\": " + revised + ", \"reason\": \"the schedule\"}").statusCode(200);
    }

    @Test
    void theCustomerAsksQuestionsAndRaisesAnObjectionOwnedByTheSenderAndDueIn24Hours() {
        UUID id = presented("Link Questions AG");
        CustomerPages customer = new CustomerPages(base);
        String url = sendLink(id, "ASK_ABOUT_PROPOSAL");
        assertThat(LocalStackResource.stack().mail().awaitLink(EMAIL, WAIT)).isEqualTo(url);
        String token = CustomerPages.token(url);
        HttpResponse<String> page = customer.open(token);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Proposal · Link Questions AG", "Your questions", "Quote breakdown",
                "Who decides, or when");

        HttpResponse<String> empty = customer.submit(token, Map.of("decision", "ask", "name", "Li Wei"));
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(empty.body()).contains("Write at least one question, or your objection.");
        HttpResponse<String> untyped = customer.submit(token, Map.of("decision", "ask", "name", "Li Wei",
                "concern", "too dear <b>now</b>"));
        assertThat(untyped.statusCode()).isEqualTo(422);
        assertThat(untyped.body()).contains("Say what your objection is about.", "too dear &lt;b&gt;now&lt;/b&gt;");
        given().get("/proposals/" + id).then().body("proposal.questions", hasSize(1));

        HttpResponse<String> asked = customer.submit(token, Map.of("decision", "ask", "name", "Li Wei",
                "role", "CTO", "points", "Is training included?\r\n\r\nWho hosts the data?",
                "concernType", "FUNCTION", "concern", "No offline mode for the depots"));
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(200);
        assertThat(asked.body()).contains("within 24 hours");
        given().get("/proposals/" + id).then()
                .body("proposal.questions.text", contains("April start?", "Is training included?",
                        "Who hosts the data?"))
                .body("proposal.questions[1].owner", equalTo("tester"))
                .body("proposal.objections.type", contains("PRICE", "FUNCTION"))
                .body("proposal.objections[1].description", equalTo("No offline mode for the depots"));
        var question = given().get("/proposals/" + id).then().extract().jsonPath();
        assertThat(Duration.between(Instant.parse(question.getString("proposal.questions[2].raisedAt")),
                Instant.parse(question.getString("proposal.questions[2].answerDueAt")))).isEqualTo(Duration.ofHours(24));
        given().get("/proposals/" + id + "/history").then()
                .body("find { it.eventType == 'QuestionRaised' && it.payload.askedBy }.payload.askedBy",
                        equalTo("Li Wei"))
                .body("find { it.eventType == 'ObjectionRaised' && it.payload.evidence }.payload.evidence"
                        + ".documentVersion", equalTo("proposal-revision@1"));
        assertThat(customer.submit(token, Map.of("decision", "ask", "name", "Li Wei", "points", "again?"))
                .statusCode()).isEqualTo(409);
        given().get("/proposals/" + id).then().body("proposal.questions", hasSize(3));
        given().get("/proposals/" + id + "/links").then().body("state", contains("USED"));
    }

    @Test
    void theCustomerConfirmsTheCurrentRevisionAndALinkForAnOlderOneDoesNothing() {
        UUID id = presented("Link Revision AG");
        post(id, "links", "{\"act\": \"CONFIRM_PROPOSAL_REVISION\"}").statusCode(409)
                .body("rule", equalTo("no-revision-to-confirm"));
        revise(id, "4 weeks");
        CustomerPages customer = new CustomerPages(base);
        String older = CustomerPages.token(sendLink(id, "CONFIRM_PROPOSAL_REVISION"));
        revise(id, "5 weeks");
        HttpResponse<String> outdated = customer.submit(older, Map.of("decision", "sign", "name", "Li Wei",
                "role", "CTO", "signature", "Li Wei", "consent", "yes"));
        assertThat(outdated.statusCode()).isEqualTo(409);
        assertThat(outdated.body()).contains("The document has changed since this link was sent");
        given().get("/proposals/" + id + "/revisions/2").then().body("confirmedBy", equalTo(null));

        String token = CustomerPages.token(sendLink(id, "CONFIRM_PROPOSAL_REVISION"));
        HttpResponse<String> page = customer.open(token);
        assertThat(page.body()).contains("Proposal, revision 3", "What changed in revision 3", "5 weeks",
                "Not confirmed by the customer yet", "I have read this revision of the proposal and confirm it");
        HttpResponse<String> noConsent = customer.submit(token, Map.of("decision", "sign", "name", "Li Wei",
                "role", "CTO", "signature", "Li Wei"));
        assertThat(noConsent.statusCode()).isEqualTo(422);
        HttpResponse<String> confirmed = customer.submit(token, Map.of("decision", "sign", "name", "Li Wei",
                "role", "CTO", "signature", "Li Wei", "consent", "yes"));
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
        given().get("/proposals/" + id + "/revisions/3").then().body("confirmedBy", equalTo("Li Wei"))
                .body("confirmedRole", equalTo("CTO"))
                .body("evidence.documentVersion", equalTo("proposal-revision@3"))
                .body("evidence.userAgent", equalTo("Phone Browser 1.0"));
        given().accept("text/html").get("/proposals/" + id).then().statusCode(200)
                .body(containsString("Confirmed by Li Wei (CTO)"), containsString("by the customer through a link"));
        // confirmed: the acceptance may follow (the presentation's price objection accepted as a residual risk)
        post(id, "acceptance", "{\"overrideReason\": \"price risk accepted in writing\"}").statusCode(200)
                .body("events", contains("ProposalAccepted"));
        given().get("/proposals/" + id + "/links").then().body("state", contains("USED", "SENT"));
    }
}
