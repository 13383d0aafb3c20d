package io.dealstream.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.dealstream.events.Stage;
import io.dealstream.events.Topics;
import io.dealstream.localstack.StageEventWriter;
import io.dealstream.localstack.TopicProbe;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL goes away under the running platform and comes back: consumers hold their partition and
 * miss nothing, commands are refused 503 with Retry-After while it is gone and succeed after, and every
 * acknowledged command is still there. Nothing is restarted but the database.
 */
class DatabaseOutageIT {

    private static final int LEADS = 300;
    private static final Duration RECOVERY = Duration.ofMinutes(3);
    private static Platform platform;

    @BeforeAll
    static void startPlatform() {
        platform = Platform.get();
    }

    @Test
    void postgresStoppedWhileRecordsFlowLosesNothingAndRefusesCommandsWith503() {
        String batch = "Outage Batch " + UUID.randomUUID().toString().substring(0, 8);
        List<UUID> leads = appendHighLeads(batch);
        // stop the database while needs-service works through the backlog
        long atStop = await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(20))
                .until(() -> opened(batch), n -> n >= 10);
        platform.stack().postgres().stop();
        try {
            String key = UUID.randomUUID().toString();
            Response refused = capture(batch + " during", key);
            assertThat(refused.statusCode()).as(refused.asString()).isEqualTo(503);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.header("Retry-After")).isEqualTo("5");
            assertThat(refused.jsonPath().getString("type")).endsWith("/service-unavailable");
            assertThat(platform.get(Stage.LEAD, "/leads/" + leads.get(0)).extract().statusCode()).isEqualTo(503);
            // readiness says why instead of serving errors; the consumer holds its record, retrying longer than
            // any bounded retry budget would (a dead letter would have skipped it)
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                Response ready = platform.health(Stage.NEEDS);
                assertThat(ready.statusCode()).isEqualTo(503);
                String held = ready.jsonPath().getString("checks.find { it.name == 'event consumers' }.data.'" + Topics.LEAD + "'");
                assertThat(held).as(ready.asString()).startsWith("degraded: retrying");
                assertThat(Integer.parseInt(held.replaceAll(".*\\((\\d+) attempts\\).*", "$1"))).isGreaterThan(8);
            });
        } finally {
            platform.stack().postgres().restart();
            // what Strimzi's autoRestart or an operator does after a database failover (see the closing note)
            platform.stack().connect().restartAll();
        }

        // the same command, repeated as Retry-After asks, goes through once the database is back
        String during = await().atMost(RECOVERY).pollInterval(Duration.ofSeconds(1)).until(
                () -> capture(batch + " during", UUID.randomUUID().toString()), r -> r.statusCode() == 201)
                .jsonPath().getString("id");
        platform.get(Stage.LEAD, "/leads/" + during).statusCode(200);

        await().atMost(RECOVERY).pollInterval(Duration.ofMillis(500)).until(() -> opened(batch) == LEADS);
        assertThat(atStop).as("stopped mid-backlog, not after it").isLessThan(LEADS);
        assertExactlyOneResearchEach(batch);
        assertNotDeadLettered(leads);
        for (Stage stage : Stage.values()) {
            await().atMost(RECOVERY).untilAsserted(() -> assertThat(platform.health(stage).statusCode()).isEqualTo(200));
        }
    }

    @Test
    void postgresKilledUnderLoadKeepsEveryAcknowledgedCommandAndHandsEachOverOnce() throws Exception {
        String batch = "Crash Batch " + UUID.randomUUID().toString().substring(0, 8);
        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Future<Outcome>> sent = new ArrayList<>();
        try {
            for (int i = 0; i < 200; i++) {
                String customer = batch + " " + i;
                sent.add(clients.submit(() -> captureAndGradeHigh(customer)));
            }
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(20))
                    .until(() -> sent.stream().filter(Future::isDone).count() >= 20);
            platform.stack().postgres().kill();
            platform.stack().postgres().restart();
            platform.stack().connect().restartAll();
            List<String> captured = new ArrayList<>();
            List<String> graded = new ArrayList<>();
            int refused = 0;
            for (Future<Outcome> f : sent) {
                Outcome o = f.get();
                if (o.captureStatus() == 201) {
                    captured.add(o.id());
                }
                if (o.gradeStatus() == 200) {
                    graded.add(o.id());
                }
                // whatever was not acknowledged was refused as "try again", never as a server error
                for (int status : new int[] {o.captureStatus(), o.gradeStatus()}) {
                    assertThat(status).as(o.toString()).isIn(201, 200, 503, -1);
                }
                refused += o.captureStatus() == 503 || o.gradeStatus() == 503 ? 1 : 0;
            }
            assertThat(graded).as("commands were acknowledged before the crash").hasSizeGreaterThanOrEqualTo(20);
            // every acknowledged capture is stored; every acknowledged HIGH grading is handed over exactly once
            for (String id : captured) {
                await().atMost(RECOVERY).untilAsserted(() -> platform.get(Stage.LEAD, "/leads/" + id).statusCode(200));
            }
            await().atMost(RECOVERY).pollInterval(Duration.ofMillis(500)).until(() -> graded.stream()
                    .allMatch(id -> count("SELECT count(*) FROM needs WHERE opportunity_id = ?::uuid", id) == 1));
            for (String id : graded) {
                assertThat(count("SELECT count(*) FROM eventstore.events WHERE opportunity_id = ?::uuid"
                        + " AND event_type = 'NeedsResearchOpened'", id)).as(id).isEqualTo(1);
            }
            assertNotDeadLettered(graded.stream().map(UUID::fromString).toList());
            System.out.printf("postgres killed under load: %d sent, %d captures and %d gradings acknowledged,"
                    + " %d refused with 503, all stored, %d handed over once%n", sent.size(), captured.size(),
                    graded.size(), refused, graded.size());
        } finally {
            clients.shutdownNow();
        }
    }

    /** What one client saw: -1 when a step was not reached. */
    private record Outcome(String id, int captureStatus, int gradeStatus) {
    }

    private static Outcome captureAndGradeHigh(String customer) {
        Response captured = capture(customer, UUID.randomUUID().toString());
        if (captured.statusCode() != 201) {
            return new Outcome(null, captured.statusCode(), -1);
        }
        String id = captured.jsonPath().getString("id");
        Response graded = platform.sales(Stage.LEAD).body("""
                {"via": "PHONE", "summary": "intro call", "needStated": true,
                 "budgetRange": {"min": "40000", "max": "60000", "currency": "EUR"}}""")
                .post("/leads/" + id + "/first-contact");
        return new Outcome(id, 201, graded.statusCode());
    }

    private static Response capture(String customer, String idempotencyKey) {
        return platform.sales(Stage.LEAD).header("Idempotency-Key", idempotencyKey).body("""
                {"customerName": "%s", "industry": "rail logistics",
                 "contact": {"name": "Li Wei", "title": "CTO", "email": "li.wei@example.com"},
                 "channel": "TRADE_SHOW", "needSummary": "slow maintenance planning",
                 "scenario": "NEW_CUSTOMER", "owner": "alice"}""".formatted(customer)).post("/leads");
    }

    private static List<UUID> appendHighLeads(String batch) {
        // at once: written one by one, needs-service keeps pace and the backlog may be gone before the stop
        try (StageEventWriter leadStore = new StageEventWriter(platform.stack(), Stage.LEAD)) {
            return HighLeads.appendAtOnce(leadStore, batch, LEADS);
        }
    }

    private static void assertExactlyOneResearchEach(String batch) {
        assertThat(count("SELECT count(*) FROM needs WHERE customer_name = ?", batch)).isEqualTo(LEADS);
        assertThat(count("SELECT count(*) FROM (SELECT e.opportunity_id FROM eventstore.events e JOIN needs n"
                + " ON n.opportunity_id = e.opportunity_id WHERE n.customer_name = ? GROUP BY e.opportunity_id, e.event_type"
                + " HAVING count(*) > 1) doubled", batch)).isZero();
    }

    /** No record of these opportunities in any service's dead-letter topic, read to its end. */
    private static void assertNotDeadLettered(List<UUID> leads) {
        Set<String> keys = new HashSet<>();
        leads.forEach(l -> keys.add(l.toString()));
        for (String service : Topics.DEAD_LETTER_SERVICES) {
            try (TopicProbe dlq = new TopicProbe(platform.stack().kafkaBootstrapServers(), Topics.deadLetter(service))) {
                List<ConsumerRecord<String, String>> ours = dlq.readToEnd(Duration.ofSeconds(30)).stream()
                        .filter(r -> keys.contains(r.key())).toList();
                assertThat(ours).as(Topics.deadLetter(service)).isEmpty();
            }
        }
    }

    private static long opened(String batch) {
        return count("SELECT count(*) FROM needs WHERE customer_name = ?", batch);
    }

    private static long count(String sql, String arg) {
        return ServiceDatabases.count(platform, "needs", sql, arg);
    }
}
