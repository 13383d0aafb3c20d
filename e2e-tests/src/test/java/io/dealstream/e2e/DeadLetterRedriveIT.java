package io.dealstream.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.dealstream.events.Stage;
import io.dealstream.events.Topics;
import io.dealstream.events.common.BudgetRange;
import io.dealstream.events.common.Contact;
import io.dealstream.events.common.Scenario;
import io.dealstream.events.lead.Intent;
import io.dealstream.events.lead.LeadQualified;
import io.dealstream.events.lead.Tier;
import io.dealstream.localstack.RecordPublisher;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An operator finds a record needs-service dead-lettered (a hand-over that never happened), reads why, and
 * replays it: the research opens, once, however often it is replayed, and the replays say who did them.
 */
class DeadLetterRedriveIT {

    private static final String ADMIN = "ops-admin";

    @Test
    void anAdminListsInspectsAndReplaysADeadLetterThroughTheIdempotentPath() {
        Platform platform = Platform.get();
        UUID opportunity = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        String customer = "Redrive " + opportunity.toString().substring(0, 8);
        Contact contact = new Contact("Ana Ruiz", "COO", null, "ana@redrive.example");
        try (RecordPublisher publisher = new RecordPublisher(platform.stack().kafkaBootstrapServers())) {
            publisher.publishDeadLetter("needs", opportunity, new LeadQualified(Intent.HIGH, "graded on the phone", Tier.HIGH,
                    Instant.now().plusSeconds(86_400), customer, null, contact, "planning takes two days",
                    new BudgetRange(new BigDecimal("40000"), null, "EUR"), Scenario.NEW_CUSTOMER, false, "alice"),
                    eventId, "Connection refused: localhost/127.0.0.1:54320");
        }
        // only administrators see the dead letters
        platform.as(Stage.NEEDS, "alice", "sales", "manager").get("/admin/dead-letters").then().statusCode(403);

        List<Map<String, Object>> letters = platform.as(Stage.NEEDS, ADMIN, "admin").get("/admin/dead-letters?limit=1000")
                .then().statusCode(200).extract().jsonPath().getList("");
        Map<String, Object> ours = letters.stream().filter(l -> opportunity.toString().equals(l.get("key")))
                .findFirst().orElseThrow(() -> new AssertionError("not listed: " + letters));
        assertThat(ours).containsEntry("originalTopic", Topics.LEAD).containsEntry("eventType", "LeadQualified")
                .containsEntry("eventId", eventId.toString())
                .containsEntry("reason", "Connection refused: localhost/127.0.0.1:54320");
        assertThat((List<?>) ours.get("replays")).isEmpty();
        String at = "/admin/dead-letters/" + ours.get("partition") + "/" + ours.get("offset");

        JsonPath detail = platform.as(Stage.NEEDS, ADMIN, "admin").get(at).then().statusCode(200).extract().jsonPath();
        assertThat(detail.getString("headers.ce_type")).isEqualTo("io.dealstream.lead.LeadQualified.v1");
        assertThat(detail.getString("value")).contains(customer);
        platform.get(Stage.NEEDS, "/needs/" + opportunity).statusCode(404);

        platform.as(Stage.NEEDS, ADMIN, "admin").post(at + "/replay").then().statusCode(200);
        platform.get(Stage.NEEDS, "/needs/" + opportunity).statusCode(200);
        // replaying again takes the same idempotent path: nothing doubles
        platform.as(Stage.NEEDS, ADMIN, "admin").post(at + "/replay").then().statusCode(200);
        assertThat(ServiceDatabases.count(platform, "needs", "SELECT count(*) FROM eventstore.events WHERE opportunity_id = ?"
                + " AND event_type = 'NeedsResearchOpened'", opportunity)).isEqualTo(1);

        List<Map<String, Object>> replays = platform.as(Stage.NEEDS, ADMIN, "admin").get(at).then().statusCode(200)
                .extract().jsonPath().getList("deadLetter.replays");
        assertThat(replays).hasSize(2).allSatisfy(r -> assertThat(r).containsEntry("by", ADMIN)
                .containsEntry("outcome", "PROCESSED"));

        platform.as(Stage.NEEDS, ADMIN, "admin").post("/admin/dead-letters/0/999999999/replay").then().statusCode(404);

        // what operators alert on is exported (waiting dead letters, stalled consumers, Kafka's consumer lag)
        await().atMost(Steps.HANDOVER).untilAsserted(() -> assertThat(RestAssured.given()
                .baseUri(platform.baseUrl(Stage.NEEDS)).get("/q/metrics").then().statusCode(200).extract().asString())
                .contains("dealstream_dead_letters_waiting", "dealstream_consumers_stalled", "kafka_consumer_fetch_manager_records_lag"));
    }
}
