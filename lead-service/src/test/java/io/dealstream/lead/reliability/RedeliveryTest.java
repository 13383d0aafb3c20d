package io.dealstream.lead.reliability;

import static io.dealstream.lead.support.LeadApi.command;
import static io.dealstream.lead.support.LeadApi.firstContact;
import static io.dealstream.lead.support.LeadApi.newLead;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.dealstream.events.Topics;
import io.dealstream.events.common.Contact;
import io.dealstream.events.deal.DealLost;
import io.dealstream.events.delivery.ReferralReceived;
import io.dealstream.eventstore.EventStore;
import io.dealstream.localstack.ConsumerLag;
import io.dealstream.localstack.LocalStackResource;
import io.dealstream.localstack.RecordPublisher;
import io.dealstream.localstack.TestAuth;
import io.dealstream.localstack.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every upstream topic delivered again from offset 0 changes nothing: the inbox absorbs it all. */
@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "stage", value = "LEAD"))
class RedeliveryTest {

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final List<String> TOPICS = List.of(Topics.DEAL, Topics.PROPOSAL, Topics.DELIVERY);

    @Inject
    EventStore store;

    @BeforeAll
    static void authenticate() {
        TestAuth.allRoles();
    }

    private Map<String, Long> snapshot() {
        Map<String, Long> counts = new HashMap<>();
        for (String table : List.of("eventstore.events", "eventstore.inbox", "leads")) {
            counts.put(table, store.pool().query("SELECT count(*) AS n FROM " + table).execute()
                    .map(rows -> rows.iterator().next().getLong("n")).await().atMost(WAIT));
        }
        return counts;
    }

    @Test
    void reconsumingEveryUpstreamTopicFromTheStartChangesNothing() {
        String bootstrap = LocalStackResource.stack().kafkaBootstrapServers();
        String lead = newLead();
        command(lead, "first-contact", firstContact(true, true)).statusCode(200);
        try (RecordPublisher publisher = new RecordPublisher(bootstrap)) {
            publisher.publish(UUID.fromString(lead), new DealLost("NEGOTIATION", "price", null));
            publisher.publish(UUID.randomUUID(), new ReferralReceived(UUID.randomUUID(), "Redelivered Referral AG",
                    new Contact("Ann", null, null, "ann@redelivered.example"), "free month"));
        }
        await().atMost(WAIT).untilAsserted(() -> given().get("/leads/" + lead).then().body("tier", equalTo("LOW")));
        await().atMost(WAIT).until(() -> ConsumerLag.caughtUp(bootstrap, "lead-service", TOPICS));
        Map<String, Long> before = snapshot();

        int republished = 0;
        try (RecordPublisher publisher = new RecordPublisher(bootstrap)) {
            for (String topic : TOPICS) {
                try (TopicProbe probe = new TopicProbe(bootstrap, topic)) {
                    // every record up to the end offsets, not "until three polls came back empty"
                    for (ConsumerRecord<String, String> record : probe.readToEnd(Duration.ofSeconds(60))) {
                        Map<String, String> headers = new HashMap<>();
                        for (Header h : record.headers()) {
                            headers.put(h.key(), new String(h.value(), StandardCharsets.UTF_8));
                        }
                        publisher.publishRaw(topic, record.key(), record.value(), headers);
                        republished++;
                    }
                }
            }
        }
        assertThat(republished).isGreaterThanOrEqualTo(2);
        await().atMost(WAIT).until(() -> ConsumerLag.caughtUp(bootstrap, "lead-service", TOPICS));

        assertThat(snapshot()).isEqualTo(before);
    }
}
