package io.dealstream.lead.tracing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.dealstream.events.CloudEventHeaders;
import io.dealstream.events.Stage;
import io.dealstream.eventstore.EventStore;
import io.dealstream.eventstore.StoredEvent;
import io.dealstream.eventstore.tracing.TraceParents;
import io.dealstream.lead.support.LeadApi;
import io.dealstream.localstack.LocalStackResource;
import io.dealstream.localstack.TestAuth;
import io.dealstream.localstack.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A trace started by a caller follows its command: REST span -> stored event -> Debezium -> Kafka header. */
@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "stage", value = "LEAD"))
class TracePropagationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    EventStore store;

    @BeforeAll
    static void authenticate() {
        TestAuth.allRoles();
    }

    static String randomHex(int bytes) {
        byte[] b = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    @Test
    void theCallersTraceIsRecordedWithTheEventAndPublishedAsTheTraceparentHeader() {
        String traceId = randomHex(16);
        String callerSpan = randomHex(8);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String id = given().header("traceparent", "00-" + traceId + "-" + callerSpan + "-01")
                .contentType(ContentType.JSON).body(LeadApi.leadJson("Traced " + tag, tag + "@example.com"))
                .post("/leads").then().statusCode(201).extract().path("id");

        List<StoredEvent> stored = store.load(UUID.fromString(id)).await().atMost(WAIT);
        String traceParent = stored.get(0).envelope().traceParent();
        assertThat(TraceParents.traceId(traceParent)).isEqualTo(traceId);
        // the parent is the service's own server span, a child of the caller's
        assertThat(traceParent).doesNotContain(callerSpan).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");

        try (TopicProbe probe = new TopicProbe(LocalStackResource.stack().kafkaBootstrapServers(), Stage.LEAD.topic())) {
            ConsumerRecord<String, String> published = probe.await(r -> id.equals(r.key()), WAIT);
            assertThat(TopicProbe.header(published, CloudEventHeaders.TRACE_PARENT)).isEqualTo(traceParent);
        }
    }

    @Test
    void anUntracedCallStillGetsATraceOfItsOwn() {
        String first = traceIdOf(LeadApi.newLead());
        String second = traceIdOf(LeadApi.newLead());
        // a valid W3C trace id (32 hex digits, not all zero), a new one per call, not a shared constant
        assertThat(first).matches("[0-9a-f]{32}").isNotEqualTo("0".repeat(32));
        assertThat(second).matches("[0-9a-f]{32}").isNotEqualTo(first);
    }

    private String traceIdOf(String lead) {
        return TraceParents.traceId(store.load(UUID.fromString(lead)).await().atMost(WAIT).get(0).envelope().traceParent());
    }
}
