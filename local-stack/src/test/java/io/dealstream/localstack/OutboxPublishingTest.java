package io.dealstream.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import io.dealstream.events.CloudEventHeaders;
import io.dealstream.events.EventCodec;
import io.dealstream.events.Stage;
import io.dealstream.events.common.Contact;
import io.dealstream.events.common.Scenario;
import io.dealstream.events.lead.Channel;
import io.dealstream.events.lead.LeadCaptured;
import io.dealstream.events.lead.LeadDisqualified;
import io.dealstream.eventstore.AppendResult;
import io.dealstream.eventstore.EventMetadata;
import io.dealstream.eventstore.EventStore;
import io.dealstream.eventstore.privacy.ProtectedPayloads;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgPool;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.PoolOptions;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An appended event reaches Kafka through the outbox connector running in Kafka Connect, registered from the
 * same connector JSON as production, as a CloudEvent.
 */
class OutboxPublishingTest {

    private static Vertx vertx;
    private static EventStore store;

    @BeforeAll
    static void startStack() {
        LocalStack stack = LocalStackResource.stack();
        stack.ensureService(Stage.LEAD);
        vertx = Vertx.vertx();
        PgPool pool = PgPool.pool(vertx, PgConnectOptions.fromUri(stack.postgres().reactiveUrl("lead"))
                .setUser(LocalPostgres.USER).setPassword(LocalPostgres.PASSWORD), new PoolOptions().setMaxSize(4));
        store = new EventStore(pool, new EventCodec(), Clock.systemUTC(), Stage.LEAD, stack.openVault(vertx));
    }

    @AfterAll
    static void closeClient() {
        vertx.closeAndAwait();
    }

    @Test
    void appendedEventsArePublishedInOrderWithCloudEventsHeadersAndTheOpportunityKey() {
        UUID lead = UUID.randomUUID();
        UUID correlation = UUID.randomUUID();
        LeadCaptured captured = new LeadCaptured(lead, null, "Acme Rail", new Contact("Li Wei", "CTO", null,
                "li.wei@acme.example"), Channel.TRADE_SHOW, "2026 trade show", "cut maintenance cost",
                Scenario.NEW_CUSTOMER, null, null, null);
        AppendResult result = store.append(lead, 0, new EventMetadata(lead, correlation, null, "alice"),
                List.of(captured, new LeadDisqualified("test"))).await().atMost(Duration.ofSeconds(30));

        try (TopicProbe probe = new TopicProbe(LocalStackResource.stack().kafkaBootstrapServers(), Stage.LEAD.topic())) {
            UUID firstId = result.events().get(0).envelope().eventId();
            UUID secondId = result.events().get(1).envelope().eventId();
            ConsumerRecord<String, String> second = probe.await(
                    r -> secondId.toString().equals(TopicProbe.header(r, CloudEventHeaders.ID)), Duration.ofSeconds(60));
            ConsumerRecord<String, String> first = probe.seen().stream()
                    .filter(r -> firstId.toString().equals(TopicProbe.header(r, CloudEventHeaders.ID)))
                    .findFirst().orElseThrow();

            assertThat(first.key()).isEqualTo(lead.toString());
            assertThat(first.partition()).isEqualTo(second.partition());
            assertThat(first.offset()).isLessThan(second.offset());
            // personal data travels encrypted; the vault's key opens it
            assertThat(first.value()).contains("Acme Rail").doesNotContain("Li Wei", "li.wei@acme.example", "CTO");
            assertThat(ProtectedPayloads.open(store.vault(), store.codec(),
                            List.of(new ProtectedPayloads.Sealed("LeadCaptured", 1, first.value())))
                    .await().atMost(Duration.ofSeconds(10))).containsExactly(captured);
            assertThat(TopicProbe.header(first, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
            assertThat(TopicProbe.header(first, CloudEventHeaders.TYPE)).isEqualTo("io.dealstream.lead.LeadCaptured.v1");
            assertThat(TopicProbe.header(first, CloudEventHeaders.SOURCE)).isEqualTo("/dealstream/lead-service");
            assertThat(TopicProbe.header(first, CloudEventHeaders.SUBJECT)).isEqualTo(lead.toString());
            assertThat(TopicProbe.header(first, CloudEventHeaders.TIME)).isNotBlank();
            assertThat(TopicProbe.header(first, CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
            assertThat(TopicProbe.header(first, CloudEventHeaders.CORRELATION_ID)).isEqualTo(correlation.toString());
            assertThat(TopicProbe.header(first, CloudEventHeaders.STREAM_VERSION)).isEqualTo("1");
            assertThat(TopicProbe.header(first, CloudEventHeaders.ACTOR)).isEqualTo("alice");
            // no cause, no trace: the headers are absent, never present without a value (DropNullHeaders)
            assertThat(first.headers().lastHeader(CloudEventHeaders.CAUSATION_ID)).isNull();
            assertThat(first.headers().lastHeader(CloudEventHeaders.TRACE_PARENT)).isNull();
            assertThat(first.headers().toArray()).allSatisfy(h -> assertThat(h.value()).as(h.key()).isNotNull());
        }
    }
}
