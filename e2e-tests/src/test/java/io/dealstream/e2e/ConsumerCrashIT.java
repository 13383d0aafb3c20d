package io.dealstream.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.dealstream.events.Stage;
import io.dealstream.events.lead.LeadQualified;
import io.dealstream.localstack.StageEventWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A consumer killed (SIGKILL) in the middle of a batch and restarted resumes with no lost and no doubled
 * effect: the reaction and its inbox mark commit together, and Kafka redelivers what was not committed.
 */
class ConsumerCrashIT {

    // a backlog built while needs-service is down, so the kill lands inside it however fast the consumer is
    private static final int LEADS = 1000;
    private static Platform platform;

    @BeforeAll
    static void startPlatform() {
        platform = Platform.get();
    }

    @Test
    void needsServiceKilledMidBatchOpensEveryResearchExactlyOnceAfterItsRestart() throws Exception {
        List<UUID> leads = new ArrayList<>();
        String batch = "Crash Batch " + UUID.randomUUID().toString().substring(0, 8);
        try {
            platform.kill(Stage.NEEDS);
            try (StageEventWriter leadStore = new StageEventWriter(platform.stack(), Stage.LEAD)) {
                for (int i = 0; i < LEADS; i++) {
                    leads.add(HighLeads.append(leadStore, batch, i));
                }
            }
            // started without waiting for readiness: its consumer meets the whole backlog; kill at the first effect
            platform.launch(Stage.NEEDS);
            long atKill = await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(20))
                    .until(() -> opened(batch), n -> n >= 1);
            platform.kill(Stage.NEEDS);
            long afterKill = opened(batch);
            assertThat(afterKill).as("killed mid-batch, not after it").isLessThan(LEADS);
            assertThat(atKill).isLessThan(LEADS);

            platform.restart(Stage.NEEDS);
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                    .until(() -> opened(batch) == LEADS);
        } finally {
            platform.ensureRunning(Stage.NEEDS);
        }

        // exactly one research per lead, one NeedsResearchOpened each, one inbox mark per LeadQualified
        assertThat(scalar("SELECT count(*) FROM needs WHERE customer_name = ?", batch)).isEqualTo(LEADS);
        assertThat(scalar("SELECT count(*) FROM eventstore.events e JOIN needs n ON n.opportunity_id = e.opportunity_id"
                + " WHERE n.customer_name = ? AND e.event_type = 'NeedsResearchOpened'", batch)).isEqualTo(LEADS);
        assertThat(scalar("SELECT count(*) FROM (SELECT e.opportunity_id FROM eventstore.events e JOIN needs n"
                + " ON n.opportunity_id = e.opportunity_id WHERE n.customer_name = ? GROUP BY e.opportunity_id, e.event_type"
                + " HAVING count(*) > 1) doubled", batch)).isZero();
        // the service works normally after its restart
        platform.get(Stage.NEEDS, "/needs/" + leads.get(0)).statusCode(200);
    }

    private static long opened(String batch) {
        return scalar("SELECT count(*) FROM needs WHERE customer_name = ?", batch);
    }

    private static long scalar(String sql, String arg) {
        return ServiceDatabases.count(platform, "needs", sql, arg);
    }
}
