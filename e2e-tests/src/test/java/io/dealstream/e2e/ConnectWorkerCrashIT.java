package io.dealstream.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.dealstream.events.Stage;
import io.dealstream.events.lead.LeadQualified;
import io.dealstream.localstack.ConnectWorkerProcess;
import io.dealstream.localstack.LocalStack;
import io.dealstream.localstack.StageEventWriter;
import io.dealstream.localstack.TopicProbe;
import io.restassured.RestAssured;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The Kafka Connect worker that runs the outbox connectors is killed (SIGKILL, its own JVM, as a crashed
 * pod) while events are appended; another worker of the group takes the connectors over from the last
 * committed offsets. Every event reaches its topic, and every hand-over happens exactly once.
 */
class ConnectWorkerCrashIT {

    private static final int LEADS = 300;

    @Test
    void theWorkerKilledMidLoadLosesNoEventAndDoublesNoHandOver() throws Exception {
        Platform platform = Platform.get();
        LocalStack stack = platform.stack();
        String batch = "Connect Crash " + UUID.randomUUID().toString().substring(0, 8);
        List<UUID> leads = new ArrayList<>();
        Path log = Path.of("target/service-logs/connect-worker.log");
        try (ConnectWorkerProcess worker = ConnectWorkerProcess.start(stack.kafkaBootstrapServers(), log);
             StageEventWriter leadStore = new StageEventWriter(stack, Stage.LEAD)) {
            // the process joins the group; this JVM's worker leaves, so the process runs every connector
            await().atMost(Duration.ofSeconds(120)).ignoreExceptions()
                    .until(() -> RestAssured.get(worker.url() + "connectors").statusCode() == 200);
            stack.stopConnect();
            await().atMost(Duration.ofSeconds(120)).ignoreExceptions().until(() -> runsOn(worker, "lead-outbox"));

            for (int i = 0; i < LEADS; i++) {
                leads.add(HighLeads.append(leadStore, batch, i));
                if (i == LEADS / 3) {
                    // mid-load, with hand-overs under way
                    await().atMost(Duration.ofSeconds(60)).until(() -> opened(platform, batch) > 0);
                    worker.kill();
                    assertThat(worker.isAlive()).isFalse();
                    stack.startConnect();
                }
            }
        } finally {
            stack.startConnect();
        }

        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                .until(() -> opened(platform, batch) == LEADS);
        assertThat(ServiceDatabases.count(platform, "needs", "SELECT count(*) FROM (SELECT e.opportunity_id FROM"
                + " eventstore.events e JOIN needs n ON n.opportunity_id = e.opportunity_id WHERE n.customer_name = ?"
                + " GROUP BY e.opportunity_id, e.event_type HAVING count(*) > 1) doubled", batch)).isZero();

        // every LeadQualified reached the topic; a crash may re-publish some (same event id), never drop one
        Set<String> keys = leads.stream().map(UUID::toString).collect(Collectors.toSet());
        try (TopicProbe topic = new TopicProbe(stack.kafkaBootstrapServers(), Stage.LEAD.topic())) {
            List<ConsumerRecord<String, String>> ours = topic.readToEnd(Duration.ofSeconds(60)).stream()
                    .filter(r -> keys.contains(r.key()) && "LeadQualified".equals(TopicProbe.header(r, "ce_dseventtype")))
                    .toList();
            Map<String, Long> perLead = ours.stream().collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.counting()));
            assertThat(perLead.keySet()).containsExactlyInAnyOrderElementsOf(keys);
            Set<String> ids = new HashSet<>();
            ours.forEach(r -> ids.add(TopicProbe.header(r, "ce_id")));
            assertThat(ids).hasSize(LEADS);
            System.out.printf("connect worker killed mid-load: %d events appended, %d records on the topic"
                    + " (%d re-published), %d researches opened once each%n", LEADS, ours.size(), ours.size() - LEADS, LEADS);
        }
        assertThat(stack.publisherFailure()).isNull();
    }

    private static boolean runsOn(ConnectWorkerProcess worker, String connector) {
        var status = RestAssured.get(worker.url() + "connectors/" + connector + "/status").then().extract().jsonPath();
        String port = ":" + worker.url().getPort();
        return "RUNNING".equals(status.getString("tasks[0].state")) && status.getString("tasks[0].worker_id").endsWith(port);
    }

    private static long opened(Platform platform, String batch) {
        return ServiceDatabases.count(platform, "needs", "SELECT count(*) FROM needs WHERE customer_name = ?", batch);
    }
}
