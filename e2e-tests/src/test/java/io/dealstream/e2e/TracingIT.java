package io.dealstream.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.dealstream.events.Stage;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One trace follows an opportunity across services: the first contact a caller traces in lead-service
 * reaches needs-service through Debezium and Kafka, and the research it opens there carries the same trace.
 */
class TracingIT {

    private static Platform platform;
    private static Steps steps;

    @BeforeAll
    static void startPlatform() {
        platform = Platform.get();
        steps = new Steps(platform);
    }

    @Test
    void theTraceOfAFirstContactContinuesIntoTheNeedsResearchItOpens() {
        byte[] bytes = new byte[24];
        ThreadLocalRandom.current().nextBytes(bytes);
        String hex = HexFormat.of().formatHex(bytes);
        String traceId = hex.substring(0, 32);
        String id = steps.captureLead("Traced Journey AG", "NEW_CUSTOMER");

        platform.sales(Stage.LEAD).header("traceparent", "00-" + traceId + "-" + hex.substring(32) + "-01")
                .body("{\"via\": \"PHONE\", \"summary\": \"intro call\","
                        + " \"needStated\": true, \"budgetRange\": {\"min\": \"40000\", \"currency\": \"EUR\"}}")
                .post("/leads/" + id + "/first-contact").then().statusCode(200);

        assertThat(traceOf("lead", id, "LeadQualified")).contains("-" + traceId + "-");
        String opened = await().atMost(Steps.HANDOVER).until(() -> traceOf("needs", id, "NeedsResearchOpened"),
                t -> t != null);
        assertThat(opened).startsWith("00-" + traceId + "-");
    }

    /** The trace_parent of an opportunity's event in a service's store (null until it exists). */
    private static String traceOf(String database, String opportunity, String eventType) {
        return (String) ServiceDatabases.single(platform, database, "SELECT trace_parent FROM eventstore.events"
                + " WHERE opportunity_id = ? AND event_type = ? ORDER BY global_position LIMIT 1",
                UUID.fromString(opportunity), eventType);
    }
}
