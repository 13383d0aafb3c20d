package io.dealstream.delivery.api;

import static io.dealstream.delivery.support.DeliveryFixtures.ACCEPTANCE;
import static io.dealstream.delivery.support.DeliveryFixtures.plan;
import static io.dealstream.delivery.support.DeliveryFixtures.SURVEY;
import static io.dealstream.delivery.support.DeliveryFixtures.signInDealService;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.dealstream.delivery.support.DeliveryFixtures;
import io.dealstream.events.CloudEventHeaders;
import io.dealstream.events.EventCodec;
import io.dealstream.events.Stage;
import io.dealstream.events.delivery.ReferralReceived;
import io.dealstream.events.delivery.UpsellIdentified;
import io.dealstream.eventstore.EventStore;
import io.dealstream.eventstore.quarkus.DeadlineScheduler;
import io.dealstream.eventstore.testing.MutableClock;
import io.dealstream.localstack.LocalStackResource;
import io.dealstream.localstack.RecordPublisher;
import io.dealstream.localstack.TestAuth;
import io.dealstream.localstack.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Stage 6 against the real stack: opened through Kafka by a signed contract, run over REST. */
@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "stage", value = "DELIVERY"))
class DeliveryStageTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    MutableClock clock;

    @Inject
    DeadlineScheduler scheduler;

    @Inject
    EventStore store;

    @BeforeAll
    static void authenticate() {
        TestAuth.allRoles();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static ValidatableResponse post(UUID id, String command, String body) {
        return given().contentType(ContentType.JSON).body(body).post("/deliveries/" + id + "/" + command).then();
    }

    private static UUID opened(String customer, UUID account) {
        UUID id = signInDealService(customer, account);
        await().atMost(WAIT).untilAsserted(() -> given().get("/deliveries/" + id).then().statusCode(200));
        return id;
    }

    private static UUID accepted(String customer, UUID account) {
        UUID id = opened(customer, account);
        post(id, "plan", plan()).statusCode(200);
        post(id, "milestones/M1/completion", "{}").statusCode(200);
        post(id, "milestones/M2/completion", "{}").statusCode(200);
        post(id, "acceptance", ACCEPTANCE).statusCode(200);
        return id;
    }

    private List<String> eventTypes(UUID id) {
        return given().get("/deliveries/" + id + "/history").then().extract().path("eventType");
    }

    @Test
    void aSignedContractOpensTheDeliveryOnceEvenWhenDeliveredTwice() {
        UUID id = opened("Opened Delivery AG", null);
        given().get("/deliveries/" + id).then().body("status", equalTo("PLANNING"))
                .body("delivery.deliveryDate", equalTo(DeliveryFixtures.deliveryDate().toString()))
                .body("delivery.maintenanceCommitments[0].kind", equalTo("MONTHLY_INSPECTION"));

        UUID dup = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        UUID last;
        try (RecordPublisher publisher = new RecordPublisher(LocalStackResource.stack().kafkaBootstrapServers())) {
            publisher.publish(dup, DeliveryFixtures.signed("Dup", null), eventId);
            publisher.publish(dup, DeliveryFixtures.signed("Dup", null), eventId);
            last = publisher.publish(dup, DeliveryFixtures.signed("Dup", null));
        }
        await().atMost(WAIT).until(() -> store.pool().preparedQuery("SELECT 1 FROM eventstore.inbox WHERE event_id = $1")
                .execute(Tuple.of(last)).await().atMost(WAIT).size() == 1);
        given().get("/deliveries/" + dup + "/history").then().body("eventType", contains("DeliveryOpened"));
    }

    @Test
    void theStageRunsFromPlanToSurveyAndRelationship() {
        UUID account = UUID.randomUUID();
        UUID id = opened("Full Delivery SA", account);
        post(id, "plan", plan().replace("\"owner\": \"Raj\"", "\"owner\": \"\"")).statusCode(400)
                .body("errors[0].field", equalTo("milestones[0].owner"));
        post(id, "plan", plan()).statusCode(200);
        post(id, "progress", "{\"summary\": \"survey done\", \"issues\": [{\"description\": \"VPN late\", \"resolution\": \"granted\"}]}")
                .statusCode(200);
        post(id, "milestones/M1/completion", "{}").statusCode(200);
        post(id, "acceptance", ACCEPTANCE).statusCode(422).body("rule", equalTo("milestones-open"));
        post(id, "milestones/M2/completion", "{}").statusCode(200);
        post(id, "callback", "{\"notes\": \"x\", \"adjustmentsRequested\": []}")
                .statusCode(409).body("rule", equalTo("not-accepted"));
        post(id, "acceptance", ACCEPTANCE).statusCode(200);
        post(id, "callback", "{\"at\": \"2020-05-21T09:00:00Z\", \"notes\": \"x\", \"adjustmentsRequested\": []}")
                .statusCode(422).body("rule", equalTo("at-before-acceptance"));
        post(id, "callback", "{\"notes\": \"running well\", \"adjustmentsRequested\": [\"CSV export\"]}")
                .statusCode(200);
        post(id, "maintenance", "{\"kind\": \"MONTHLY_INSPECTION\", \"notes\": \"all green\"}")
                .statusCode(200);
        clock.advance(Duration.ofDays(22)); // after real use
        post(id, "survey", SURVEY.replace("\"serviceQuality\": 5", "\"serviceQuality\": 0")).statusCode(400)
                .body("errors[0].field", equalTo("serviceQuality"));
        int surveysBefore = given().get("/satisfaction/report").then().extract().path("surveys");
        post(id, "survey", SURVEY).statusCode(200);
        post(id, "upsells", "{\"product\": \"predictive module\", \"rationale\": \"daily use\"}").statusCode(200);
        post(id, "referrals", "{\"referredCompany\": \"Northern Freight AB\", \"contact\": {\"name\": \"Eva\", "
                + "\"email\": \"eva@northern.example\"}, \"incentive\": \"free month\"}").statusCode(200);
        post(id, "community", "{\"community\": \"Rail Maintenance Circle\"}").statusCode(200);

        given().get("/deliveries/" + id).then().body("status", equalTo("AFTER_SALES"))
                .body("delivery.callback.adjustmentsRequested", contains("CSV export"))
                .body("delivery.maintenanceLog[0].notes", equalTo("all green"));
        given().get("/satisfaction/report").then().statusCode(200).body("surveys", equalTo(surveysBefore + 1))
                .body("customers.customerName", hasItem("Full Delivery SA"));
        given().get("/referrals").then().body("referredCompany", hasItem("Northern Freight AB"));
        given().get("/community/members").then().body("customerName", hasItem("Full Delivery SA"));

        try (TopicProbe probe = new TopicProbe(LocalStackResource.stack().kafkaBootstrapServers(), Stage.DELIVERY.topic())) {
            ConsumerRecord<String, String> upsell = probe.await(r -> id.toString().equals(r.key())
                    && "UpsellIdentified".equals(TopicProbe.header(r, CloudEventHeaders.EVENT_TYPE)), WAIT);
            assertThat(((UpsellIdentified) new EventCodec().decode("UpsellIdentified", 1, upsell.value())).accountId())
                    .isEqualTo(account);
            ConsumerRecord<String, String> referral = probe.await(r -> id.toString().equals(r.key())
                    && "ReferralReceived".equals(TopicProbe.header(r, CloudEventHeaders.EVENT_TYPE)), WAIT);
            assertThat(((ReferralReceived) new EventCodec().decode("ReferralReceived", 1, referral.value()))
                    .referredCompany()).isEqualTo("Northern Freight AB");
        }
    }

    @Test
    void missedWeeksCallbackAndSurveyAreEachOverdueOnce() {
        UUID id = opened("Late Delivery Oy", null);
        post(id, "plan", plan()).statusCode(200);
        clock.advance(Duration.ofDays(15));
        scheduler.fireDue().await().atMost(WAIT);
        scheduler.fireDue().await().atMost(WAIT);
        assertThat(eventTypes(id)).filteredOn("ProgressReportOverdue"::equals).hasSize(2);
        given().get("/deliveries/" + id).then().body("overdue", equalTo(true));
        given().queryParam("overdue", true).get("/deliveries").then().body("items.opportunityId", hasItem(id.toString()));

        UUID after = accepted("After Sales Late Oy", null);
        clock.advance(Duration.ofDays(32)); // past the 3-day callback and the 1-month survey
        scheduler.fireDue().await().atMost(WAIT);
        scheduler.fireDue().await().atMost(WAIT);
        List<String> events = eventTypes(after);
        assertThat(events).filteredOn("CallbackOverdue"::equals).hasSize(1);
        assertThat(events).filteredOn("SurveyOverdue"::equals).hasSize(1);
        assertThat(events).doesNotContain("ProgressReportOverdue");
    }

    @Test
    void weeklyReportsAreBookedToThePlansCalendarWeekSoOneMissedWeekIsOverdueOnce() {
        UUID id = opened("Weekly Calendar BV", null);
        post(id, "progress", "{\"summary\": \"before any plan\", \"issues\": []}").statusCode(409)
                .body("rule", equalTo("not-planned"));
        post(id, "plan", plan()).statusCode(200);
        clock.advance(Duration.ofDays(8)); // week 1 passed without a report
        scheduler.fireDue().await().atMost(WAIT);
        post(id, "progress", "{\"summary\": \"week two\", \"issues\": []}").statusCode(200);
        clock.advance(Duration.ofDays(6)); // day 14: the end of week 2, which is reported
        scheduler.fireDue().await().atMost(WAIT);
        clock.advance(Duration.ofDays(2)); // day 16: in week 3, reported on time
        post(id, "progress", "{\"summary\": \"week three\", \"issues\": []}").statusCode(200);
        scheduler.fireDue().await().atMost(WAIT);

        given().get("/deliveries/" + id).then().body("delivery.progress.week", contains(2, 3))
                .body("delivery.missedWeeks", contains(1));
        assertThat(eventTypes(id)).filteredOn("ProgressReportOverdue"::equals).hasSize(1);
    }

    @Test
    void theSurveyIsRefusedBeforeRealUseAndTakenAfterIt() {
        UUID id = opened("Real Use KG", null);
        post(id, "plan", plan()).statusCode(200);
        post(id, "milestones/M1/completion", "{}").statusCode(200);
        post(id, "milestones/M2/completion", "{}").statusCode(200);
        post(id, "acceptance", ACCEPTANCE).statusCode(200);
        post(id, "survey", SURVEY).statusCode(409).body("rule", equalTo("survey-too-early"));
        clock.advance(Duration.ofDays(22));
        post(id, "survey", SURVEY).statusCode(200);
        given().get("/deliveries/" + id + "/history").then()
                .body("find { it.eventType == 'SatisfactionSurveyed' }.payload.scaleMax", equalTo(5));
    }

    @Test
    void communityNewsAndEventsReachTheMembers() {
        String community = "News Circle " + UUID.randomUUID().toString().substring(0, 6);
        given().contentType(ContentType.JSON).body("""
                {"community": "%s", "kind": "EVENT", "title": "Predictive maintenance day", "text": "Two members report."}"""
                .formatted(community)).post("/community/news").then().statusCode(422).body("rule", equalTo("event-date-required"));
        given().contentType(ContentType.JSON).body("""
                {"community": "%s", "kind": "EVENT", "title": "Predictive maintenance day", "text": "Two members report.",
                 "eventDate": "%s"}""".formatted(community, LocalDate.now().plusDays(30))).post("/community/news").then()
                .statusCode(200);
        given().contentType(ContentType.JSON).body("""
                {"community": "%s", "kind": "NEWS", "title": "Welcome", "text": "Acme joined."}""".formatted(community))
                .post("/community/news").then().statusCode(200);
        given().queryParam("community", community.toLowerCase()).get("/community/news").then().statusCode(200)
                .body("title", contains("Welcome", "Predictive maintenance day"))
                .body("kind", contains("NEWS", "EVENT"));
    }

    @Test
    void commandsNeedTheDeliveryRole() {
        UUID id = opened("Roles GmbH", null);
        given().header("Authorization", TestAuth.bearer("legal-user", "legal")).contentType(ContentType.JSON).body(plan())
                .post("/deliveries/" + id + "/plan").then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", TestAuth.bearer("dora", "delivery")).contentType(ContentType.JSON).body(plan())
                .post("/deliveries/" + id + "/plan").then().statusCode(200);
        given().get("/deliveries/" + id + "/history").then().body("[1].actor", equalTo("dora"));
        given().queryParam("status", "DONE").get("/deliveries").then().statusCode(400);
    }
}
