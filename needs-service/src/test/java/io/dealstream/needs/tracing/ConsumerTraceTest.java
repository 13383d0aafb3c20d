package io.dealstream.needs.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.dealstream.events.common.Contact;
import io.dealstream.events.common.Scenario;
import io.dealstream.events.lead.Channel;
import io.dealstream.events.lead.Intent;
import io.dealstream.events.lead.LeadCaptured;
import io.dealstream.eventstore.EventStore;
import io.dealstream.eventstore.StoredEvent;
import io.dealstream.eventstore.tracing.TraceParents;
import io.dealstream.localstack.LocalStackResource;
import io.dealstream.needs.support.NeedsFixtures;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** The consumer continues the trace of the event it reacts to, into the events it appends. */
@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "stage", value = "NEEDS"))
class ConsumerTraceTest {

    @Inject
    EventStore store;

    @Test
    void theResearchOpenedByATracedLeadEventBelongsToTheSameTrace() {
        byte[] bytes = new byte[24];
        ThreadLocalRandom.current().nextBytes(bytes);
        String hex = HexFormat.of().formatHex(bytes);
        String traceId = hex.substring(0, 32);
        String upstreamSpan = hex.substring(32);
        UUID lead = UUID.randomUUID();
        NeedsFixtures.leadStore().append(lead, lead, List.of(new LeadCaptured(lead, null, "Traced Rail AG",
                        new Contact("Li Wei", "CTO", null, "li.wei@example.com"), Channel.TRADE_SHOW, null, null,
                        Scenario.NEW_CUSTOMER, null, null, "alice"), NeedsFixtures.qualified("Traced Rail AG", Intent.HIGH)),
                "00-" + traceId + "-" + upstreamSpan + "-01");

        List<StoredEvent> opened = await().atMost(Duration.ofSeconds(60))
                .until(() -> store.load(lead).await().atMost(Duration.ofSeconds(10)), events -> !events.isEmpty());
        String traceParent = opened.get(0).envelope().traceParent();
        assertThat(TraceParents.traceId(traceParent)).isEqualTo(traceId);
        // the parent is needs-service's processing span, a child of the upstream one
        assertThat(traceParent).doesNotContain(upstreamSpan);
    }
}
