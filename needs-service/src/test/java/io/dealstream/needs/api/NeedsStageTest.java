package io.dealstream.needs.api;

import static io.dealstream.needs.support.NeedsFixtures.OUTLINE;
import static io.dealstream.needs.support.NeedsFixtures.REQUIREMENTS;
import static io.dealstream.needs.support.NeedsFixtures.analysis;
import static io.dealstream.needs.support.NeedsFixtures.meeting;
import static io.dealstream.needs.support.NeedsFixtures.qualifyInLeadService;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.dealstream.events.CloudEventHeaders;
import io.dealstream.events.EventCodec;
import io.dealstream.events.Stage;
import io.dealstream.events.lead.Intent;
import io.dealstream.events.needs.NeedsConfirmed;
import io.dealstream.eventstore.quarkus.DeadlineScheduler;
import io.dealstream.eventstore.testing.MutableClock;
import io.dealstream.localstack.LocalStackResource;
import io.dealstream.localstack.RecordPublisher;
import io.dealstream.localstack.SignatureJson;
import io.dealstream.localstack.TopicProbe;
import io.dealstream.needs.support.NeedsFixtures;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Stage 2 against the real stack: opened through Kafka by lead-service's events, run over REST. */
@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "stage", value = "NEEDS"))
class NeedsStageTest {

    @org.junit.jupiter.api.BeforeAll
    static void authenticate() {
        io.dealstream.localstack.TestAuth.allRoles();
    }

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    MutableClock clock;

    @Inject
    DeadlineScheduler scheduler;

    @Inject
    io.dealstream.eventstore.EventStore store;

    private boolean inboxed(UUID eventId) {
        return store.pool().preparedQuery("SELECT 1 FROM eventstore.inbox WHERE event_id = $1")
                .execute(io.vertx.mutiny.sqlclient.Tuple.of(eventId)).await().atMost(WAIT).size() == 1;
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static ValidatableResponse post(UUID id, String command, String body) {
        return given().contentType(ContentType.JSON).body(body).post("/needs/" + id + "/" + command).then();
    }

    private static UUID openedResearch(String customer) {
        UUID id = qualifyInLeadService(customer, Intent.HIGH);
        await().atMost(WAIT).untilAsserted(() -> given().get("/needs/" + id).then().statusCode(200));
        return id;
    }

    @Test
    void aQueryParameterOfTheWrongTypeIsABadRequestNamingItAndAnUnknownResearchA404Problem() {
        given().queryParam("page", "x").get("/needs").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("page"));
        given().get("/needs/" + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aHighLeadInLeadServiceOpensResearchThroughKafka() {
        UUID high = openedResearch("Opened By Kafka AG");

        given().get("/needs/" + high).then().body("status", equalTo("OPEN"))
                .body("customerName", equalTo("Opened By Kafka AG"))
                .body("report.contact.email", equalTo("li.wei@example.com"));
        given().get("/needs/" + high + "/history").then().body("[0].eventType", equalTo("NeedsResearchOpened"))
                .body("[0].actor", equalTo("lead-service"));
    }

    @Test
    void aMediumGradeOpensNothingAndItsLaterHighRegradeOpensTheResearch() {
        UUID lead = UUID.randomUUID();
        var leadStore = NeedsFixtures.leadStore();
        leadStore.append(lead, lead, List.of(new io.dealstream.events.lead.LeadCaptured(lead, null, "Regraded SpA",
                new io.dealstream.events.common.Contact("Li Wei", null, null, "li@example.com"),
                io.dealstream.events.lead.Channel.WHITEPAPER, null, null,
                io.dealstream.events.common.Scenario.NEW_CUSTOMER, null, null, null),
                NeedsFixtures.qualified("Regraded SpA", Intent.MEDIUM)));
        UUID highEvent = leadStore.append(lead, lead, List.of(NeedsFixtures.qualified("Regraded SpA", Intent.HIGH)))
                .events().get(0).envelope().eventId();

        await().atMost(WAIT).untilAsserted(() -> given().get("/needs/" + lead).then().statusCode(200));
        // same opportunity, same partition, consumed in order: the MEDIUM grade came first and opened nothing
        given().get("/needs/" + lead + "/history").then().body("eventType", contains("NeedsResearchOpened"))
                .body("[0].causationId", equalTo(highEvent.toString()));
    }

    @Test
    void aDuplicateOrRepeatedHighGradeOpensTheResearchOnce() {
        UUID id = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        try (RecordPublisher publisher = new RecordPublisher(LocalStackResource.stack().kafkaBootstrapServers())) {
            publisher.publish(id, NeedsFixtures.qualified("Twice Ltd", Intent.HIGH), eventId);
            publisher.publish(id, NeedsFixtures.qualified("Twice Ltd", Intent.HIGH), eventId);
            UUID last = publisher.publish(id, NeedsFixtures.qualified("Twice Ltd", Intent.HIGH));
            // the last record is in the inbox once consumed; the ones before it (same key, same partition) were too
            await().atMost(WAIT).until(() -> inboxed(last));
        }
        given().get("/needs/" + id + "/history").then().statusCode(200).body("eventType", contains("NeedsResearchOpened"));
    }

    @Test
    void theStageRunsToASignedConfirmationPublishedOnKafka() {
        UUID id = openedResearch("Full Stage GmbH");

        post(id, "discovery-meeting", meeting(0.7)).statusCode(422).body("rule", equalTo("outline-incomplete"));
        post(id, "outline", OUTLINE).statusCode(200).body("streamVersion", equalTo(2));
        post(id, "discovery-meeting", meeting(0.45)).statusCode(200);
        given().get("/needs/" + id).then().body("listeningRuleBreached", equalTo(true)).body("meetingHeld", equalTo(true));
        post(id, "analysis", analysis("50000")).statusCode(200);
        given().get("/needs/" + id).then().body("report.pains[0].rank", equalTo(1));
        post(id, "requirements", "{\"requirements\": [{\"id\": \"R1\", \"text\": \"x\", \"priority\": \"MUST\"}]}")
                .statusCode(422).body("rule", equalTo("must-traces-to-pain"));
        post(id, "requirements", REQUIREMENTS).statusCode(200);
        post(id, "confirmation", "{\"signatures\": " + SignatureJson.bothSides() + "}").statusCode(409)
                .body("rule", equalTo("not-sent-for-confirmation"));
        post(id, "solution-design-handoff", "{\"team\": \"solution design\", \"handedTo\": \"Raj\"}").statusCode(200);
        post(id, "confirmation-request", "{\"documentRef\": \"DMS-1\"}").statusCode(200);
        String ours = "{\"side\": \"OURS\", \"name\": \"Alice\", \"role\": \"Sales lead\", \"method\": \"ELECTRONIC\"}";
        post(id, "confirmation", "{\"signatures\": [" + ours + ", " + ours.replace("Alice", "Bob") + "]}").statusCode(422)
                .body("rule", equalTo("both-sides-sign"));
        post(id, "confirmation", "{\"signatures\": " + SignatureJson.bothSides("Li Wei, CTO", "Alice") + "}")
                .statusCode(200).body("events", contains("NeedsConfirmed"));
        given().get("/needs/" + id).then().body("status", equalTo("CONFIRMED"))
                .body("report.signedBy", equalTo("Li Wei, CTO"))
                .body("report.signatures.side", contains("CUSTOMER", "OURS"))
                .body("report.signatures.role", contains("CTO", "Sales lead"));

        try (TopicProbe probe = new TopicProbe(LocalStackResource.stack().kafkaBootstrapServers(), Stage.NEEDS.topic())) {
            ConsumerRecord<String, String> record = probe.await(r -> id.toString().equals(r.key())
                    && "NeedsConfirmed".equals(TopicProbe.header(r, CloudEventHeaders.EVENT_TYPE)), WAIT);
            NeedsConfirmed confirmed = (NeedsConfirmed) new EventCodec().decode("NeedsConfirmed", 1, record.value());
            assertThat(confirmed.requirements()).extracting(r -> r.id()).containsExactly("R1", "R2");
            assertThat(confirmed.pains()).hasSize(2);
            assertThat(confirmed.customerName()).isEqualTo("Full Stage GmbH");
            assertThat(TopicProbe.header(record, CloudEventHeaders.TYPE)).isEqualTo("io.dealstream.needs.NeedsConfirmed.v1");
        }

        String html = given().accept("text/html").get("/needs/" + id).then().statusCode(200)
                .contentType(containsString("text/html")).extract().asString();
        assertThat(html).contains("Needs analysis report", "Full Stage GmbH", "planning takes two days",
                "below the 60 % listening rule", "integrated asset register", "Li Wei, CTO");
        post(id, "requirements", REQUIREMENTS).statusCode(409).body("rule", equalTo("needs-confirmed"));
    }

    @Test
    void aDisputeReopensTheAnalysis() {
        UUID id = openedResearch("Dispute BV");
        post(id, "outline", OUTLINE).statusCode(200);
        post(id, "discovery-meeting", meeting(0.8)).statusCode(200);
        post(id, "analysis", analysis("50000")).statusCode(200);
        post(id, "requirements", REQUIREMENTS).statusCode(200);
        post(id, "solution-design-handoff", "{\"team\": \"solution design\", \"handedTo\": \"Raj\"}").statusCode(200);
        post(id, "confirmation-request", "{\"documentRef\": \"DMS-2\"}").statusCode(200);
        post(id, "dispute", "{\"disputedBy\": \"Li Wei\", \"points\": [\"budget is 40k\"]}").statusCode(200);
        given().get("/needs/" + id).then().body("status", equalTo("DISPUTED"))
                .body("report.disputedPoints", contains("budget is 40k"));
        post(id, "analysis", analysis("40000")).statusCode(200);
        post(id, "requirements", REQUIREMENTS).statusCode(200);
        post(id, "solution-design-handoff", "{\"team\": \"solution design\", \"handedTo\": \"Raj\"}").statusCode(200);
        post(id, "confirmation-request", "{\"documentRef\": \"DMS-3\"}").statusCode(200);
        post(id, "confirmation", "{\"signatures\": " + SignatureJson.bothSides() + "}").statusCode(200);
        given().get("/needs/" + id).then().body("report.budgetRange.min", equalTo("40000"));
    }

    @Test
    void theDeepTalkDeadlineFiresOnceWhenNoMeetingIsHeld() {
        UUID late = openedResearch("Late Meeting SA");
        UUID onTime = openedResearch("On Time SA");
        post(onTime, "outline", OUTLINE).statusCode(200);
        post(onTime, "discovery-meeting", meeting(0.7)).statusCode(200);

        clock.advance(Duration.ofHours(25));
        scheduler.fireDue().await().atMost(WAIT);
        scheduler.fireDue().await().atMost(WAIT);

        List<String> lateEvents = given().get("/needs/" + late + "/history").then().extract().path("eventType");
        assertThat(lateEvents).filteredOn("DeepTalkOverdue"::equals).hasSize(1);
        List<String> onTimeEvents = given().get("/needs/" + onTime + "/history").then().extract().path("eventType");
        assertThat(onTimeEvents).doesNotContain("DeepTalkOverdue");
        given().queryParam("overdue", true).get("/needs").then().body("items.opportunityId", hasItem(late.toString()));
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndStaleVersionsConflict() {
        UUID id = openedResearch("Bad Input Oy");
        post(id, "outline", "{\"backgroundNotes\": \"x\", \"questions\": [{\"theme\": \"MOOD\", \"text\": \"x\", \"kind\": \"OPEN\"}]}")
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("questions[0].theme"));
        post(id, "discovery-meeting", meeting(1.5)).statusCode(400).body("errors.field", hasItem("customerTalkShare"));
        post(UUID.randomUUID(), "outline", OUTLINE).statusCode(404);
        given().contentType(ContentType.JSON).header("If-Match", "\"7\"").body(OUTLINE).post("/needs/" + id + "/outline")
                .then().statusCode(409).body("currentVersion", equalTo(1));
        given().queryParam("status", "HAPPY").get("/needs").then().statusCode(400).body("errors[0].field", equalTo("status"));

        String key = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(OUTLINE)
                    .post("/needs/" + id + "/outline").then().statusCode(200).body("streamVersion", equalTo(2));
        }
        given().get("/needs/" + id + "/history").then().body("eventType",
                contains("NeedsResearchOpened", "ResearchOutlinePrepared"));
    }
}
