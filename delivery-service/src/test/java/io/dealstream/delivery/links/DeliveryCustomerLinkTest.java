package io.dealstream.delivery.links;

import static io.dealstream.delivery.support.DeliveryFixtures.plan;
import static io.dealstream.delivery.support.DeliveryFixtures.signInDealService;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

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
 * The customer signs the acceptance report and answers the satisfaction survey through mailed links, against the
 * real stack and its SMTP server.
 */
@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "stage", value = "DELIVERY"))
class DeliveryCustomerLinkTest {

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
        return given().contentType(ContentType.JSON).body(body).post("/deliveries/" + id + "/" + path).then();
    }

    private static String sendLink(UUID id, String act, String email) {
        return post(id, "links", """
                {"act": "%s", "email": "%s", "ourSignatory": {"name": "Raj Patel", "role": "Delivery lead"}}"""
                .formatted(act, email)).statusCode(201).body("mail", equalTo("SENT")).extract().path("url");
    }

    @Test
    void theCustomerSignsTheAcceptanceThenAnswersTheSurveyThroughMailedLinks() {
        UUID id = signInDealService("Link Delivery AG", null);
        await().atMost(WAIT).untilAsserted(() -> given().get("/deliveries/" + id).then().statusCode(200));
        post(id, "plan", plan()).statusCode(200);
        post(id, "milestones/M1/completion", "{}").statusCode(200);
        post(id, "links", "{\"act\": \"SIGN_ACCEPTANCE\", \"ourSignatory\": {\"name\": \"Raj\", \"role\": \"Lead\"}}")
                .statusCode(422).body("rule", equalTo("milestones-open"));
        post(id, "milestones/M2/completion", "{}").statusCode(200);
        CustomerPages customer = new CustomerPages(base);

        String url = sendLink(id, "SIGN_ACCEPTANCE", "li.wei@link-delivery.example");
        assertThat(LocalStackResource.stack().mail().awaitLink("li.wei@link-delivery.example", WAIT)).isEqualTo(url);
        String acceptance = CustomerPages.token(url);
        HttpResponse<String> page = customer.open(acceptance);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Acceptance report", "requirements survey", "go-live", "Sign");
        HttpResponse<String> signed = customer.submit(acceptance, Map.of("decision", "sign", "name", "Li Wei",
                "role", "CTO", "signature", "Li Wei", "consent", "yes"));
        assertThat(signed.statusCode()).as(signed.body()).isEqualTo(200);
        given().get("/deliveries/" + id).then().body("status", equalTo("AFTER_SALES"))
                .body("delivery.acceptance.signatures.side", contains("OURS", "CUSTOMER"))
                .body("delivery.acceptance.signatures[1].link.userAgent", equalTo("Phone Browser 1.0"));

        // the survey follows real use: refused before, then answered on the customer's phone
        post(id, "links", "{\"act\": \"ANSWER_SURVEY\"}").statusCode(409).body("rule", equalTo("survey-too-early"));
        clock.advance(Duration.ofDays(22));
        String survey = CustomerPages.token(sendLink(id, "ANSWER_SURVEY", "li.wei@link-delivery.example"));
        assertThat(customer.open(survey).body()).contains("Satisfaction survey", "Quality of our service",
                "choose 1 to 5");
        HttpResponse<String> missing = customer.submit(survey, Map.of("decision", "answer", "name", "Li Wei",
                "serviceQuality", "5"));
        assertThat(missing.statusCode()).isEqualTo(422);
        assertThat(missing.body()).contains("Rate &quot;Effect of the solution&quot;", "Choose your overall rating");
        HttpResponse<String> answered = customer.submit(survey, Map.of("decision", "answer", "name", "Li Wei",
                "serviceQuality", "5", "solutionEffect", "4", "responseSpeed", "3", "teamwork", "5",
                "overall", "SATISFIED", "suggestions", "more training"));
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
        assertThat(answered.body()).contains("Your answers are recorded");
        given().get("/deliveries/" + id).then().body("delivery.survey.responseSpeed", equalTo(3))
                .body("delivery.survey.respondent", equalTo("Li Wei"))
                .body("delivery.survey.evidence.documentVersion", equalTo("satisfaction-survey@1"));
        assertThat(customer.submit(survey, Map.of("decision", "answer", "name", "Li Wei", "serviceQuality", "1",
                "solutionEffect", "1", "responseSpeed", "1", "teamwork", "1", "overall", "DISSATISFIED")).statusCode())
                .isEqualTo(409);
        given().get("/deliveries/" + id + "/links").then().body("state", contains("USED", "USED"));
    }
}
