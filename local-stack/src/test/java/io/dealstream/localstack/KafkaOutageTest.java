package io.dealstream.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.dealstream.events.CloudEventHeaders;
import io.dealstream.events.EventCodec;
import io.dealstream.events.Stage;
import io.dealstream.events.lead.LeadReactivated;
import io.dealstream.events.lead.Intent;
import io.dealstream.eventstore.EventMetadata;
import io.dealstream.eventstore.EventStore;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgPool;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.PoolOptions;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Kafka down: commands are still accepted (the event store is the truth); when the broker returns,
 * Debezium publishes the backlog in order, with no gap and no duplicate. Runs its own stack, since it
 * stops the broker.
 */
class KafkaOutageTest {

    private static final Duration WAIT = Duration.ofSeconds(90);

    @Test
    void theBacklogIsPublishedInOrderWhenTheBrokerReturns() {
        try (LocalStack stack = LocalStack.startEphemeral()) {
            stack.ensureService(Stage.LEAD);
            Vertx vertx = Vertx.vertx();
            try {
                PgPool pool = PgPool.pool(vertx, PgConnectOptions.fromUri(stack.postgres().reactiveUrl("lead"))
                        .setUser(LocalPostgres.USER).setPassword(LocalPostgres.PASSWORD), new PoolOptions().setMaxSize(2));
                EventStore store = new EventStore(pool, new EventCodec(), Clock.systemUTC(), Stage.LEAD, stack.openVault(vertx));
                UUID stream = UUID.randomUUID();
                EventMetadata meta = new EventMetadata(stream, UUID.randomUUID(), null, "outage-test");

                store.append(stream, 0, meta, List.of(new LeadReactivated(Intent.LOW, "before the outage")))
                        .await().atMost(WAIT);
                try (TopicProbe probe = new TopicProbe(stack.kafkaBootstrapServers(), Stage.LEAD.topic())) {
                    probe.await(r -> stream.toString().equals(r.key()), WAIT);
                }

                stack.kafka().stop();
                List<String> ids = new ArrayList<>();
                for (int i = 1; i <= 20; i++) {
                    ids.add(store.append(stream, i, meta, List.of(new LeadReactivated(Intent.LOW, "during outage " + i)))
                            .await().atMost(WAIT).events().get(0).envelope().eventId().toString());
                }
                stack.kafka().restart();

                try (TopicProbe probe = new TopicProbe(stack.kafkaBootstrapServers(), Stage.LEAD.topic())) {
                    await().atMost(WAIT).until(() -> {
                        probe.poll(Duration.ofMillis(200));
                        return probe.seen().stream().filter(r -> stream.toString().equals(r.key())).count() >= 21;
                    });
                    List<ConsumerRecord<String, String>> records = probe.seen().stream()
                            .filter(r -> stream.toString().equals(r.key())).toList();
                    List<String> versions = records.stream()
                            .map(r -> TopicProbe.header(r, CloudEventHeaders.STREAM_VERSION)).toList();
                    List<String> expected = new ArrayList<>();
                    for (int v = 1; v <= 21; v++) {
                        expected.add(Integer.toString(v));
                    }
                    assertThat(versions).containsExactlyElementsOf(expected);
                    assertThat(records.stream().map(r -> TopicProbe.header(r, CloudEventHeaders.ID)).toList())
                            .doesNotHaveDuplicates().containsAll(ids);
                }
                assertThat(stack.publisherFailure()).isNull();
            } finally {
                vertx.closeAndAwait();
            }
        }
    }
}
