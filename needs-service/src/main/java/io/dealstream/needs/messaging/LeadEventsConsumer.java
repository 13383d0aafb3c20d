package io.dealstream.needs.messaging;

import io.dealstream.events.CloudEventHeaders;
import io.dealstream.events.EventCodec;
import io.dealstream.events.InvalidEventPayload;
import io.dealstream.events.Topics;
import io.dealstream.events.lead.Intent;
import io.dealstream.events.lead.LeadQualified;
import io.dealstream.eventstore.EventStore;
import io.dealstream.needs.application.NeedsService;
import io.dealstream.needs.domain.NeedsCommand;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * A HIGH LeadQualified opens the opportunity's needs research (a MEDIUM lead re-graded HIGH later opens
 * it then). Once per event (inbox) and once per opportunity (the decider).
 */
@ApplicationScoped
public class LeadEventsConsumer {

    private final EventStore store;
    private final NeedsService needs;
    private final EventCodec codec;

    public LeadEventsConsumer(EventStore store, NeedsService needs, EventCodec codec) {
        this.store = store;
        this.needs = needs;
        this.codec = codec;
    }

    @Incoming("lead-events")
    public Uni<Void> onLeadEvent(ConsumerRecord<String, String> record) {
        if (!"LeadQualified".equals(header(record, CloudEventHeaders.EVENT_TYPE))) {
            return Uni.createFrom().voidItem();
        }
        UUID eventId;
        UUID opportunity;
        UUID correlation;
        Instant qualifiedAt;
        LeadQualified qualified;
        try {
            eventId = UUID.fromString(header(record, CloudEventHeaders.ID));
            opportunity = UUID.fromString(header(record, CloudEventHeaders.SUBJECT));
            String c = header(record, CloudEventHeaders.CORRELATION_ID);
            correlation = c == null ? eventId : UUID.fromString(c);
            String time = header(record, CloudEventHeaders.TIME);
            qualifiedAt = time == null ? store.clock().instant() : Instant.parse(time);
            qualified = (LeadQualified) codec.decode("LeadQualified", 1, record.value());
        } catch (InvalidEventPayload e) {
            return Uni.createFrom().failure(e);
        } catch (RuntimeException e) {
            return Uni.createFrom().failure(new InvalidEventPayload("LeadQualified",
                    List.of("unreadable envelope: " + e.getMessage())));
        }
        if (qualified.intent() != Intent.HIGH) {
            return Uni.createFrom().voidItem();
        }
        NeedsCommand.Open open = new NeedsCommand.Open(store.clock().instant(), opportunity, qualifiedAt,
                qualified.customerName(), qualified.scenario(), qualified.accountId(), qualified.contact(),
                qualified.needSummary(), qualified.budgetRange());
        return store.inTransaction(tx -> tx.markProcessed(eventId, "LeadQualified", Topics.LEAD)
                        .chain(fresh -> fresh
                                ? needs.open(tx, open, correlation, eventId, "lead-service").replaceWithVoid()
                                : Uni.createFrom().voidItem()))
                .onFailure(e -> !(e instanceof InvalidEventPayload))
                .retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(5)).atMost(8);
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
