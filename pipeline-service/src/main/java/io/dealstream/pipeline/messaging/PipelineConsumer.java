package io.dealstream.pipeline.messaging;

import io.dealstream.events.EventCodec;
import io.dealstream.events.EventTypes;
import io.dealstream.events.Topics;
import io.dealstream.eventstore.EventStore;
import io.dealstream.eventstore.messaging.EventHandlers;
import io.dealstream.eventstore.messaging.InboxConsumer;
import io.dealstream.pipeline.projection.PipelineProjection;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Reads all five topics into the pipeline view, each event once (inbox). */
@ApplicationScoped
public class PipelineConsumer {

    // the view projects every event of the contract, from each stage alike
    private static final EventHandlers ALL = EventHandlers.forTypes(EventTypes.all().stream()
            .map(EventTypes.EventType::name).toList(), (tx, in, event) -> PipelineProjection.apply(tx.connection(), in));

    private final InboxConsumer inbox;

    public PipelineConsumer(EventStore store, EventCodec codec) {
        this.inbox = new InboxConsumer(store, codec);
    }

    private Uni<Void> consume(ConsumerRecord<String, String> record, String topic) {
        return inbox.consume(record, topic, ALL);
    }

    @Incoming("lead-events")
    public Uni<Void> lead(ConsumerRecord<String, String> record) {
        return consume(record, Topics.LEAD);
    }

    @Incoming("needs-events")
    public Uni<Void> needs(ConsumerRecord<String, String> record) {
        return consume(record, Topics.NEEDS);
    }

    @Incoming("proposal-events")
    public Uni<Void> proposal(ConsumerRecord<String, String> record) {
        return consume(record, Topics.PROPOSAL);
    }

    @Incoming("deal-events")
    public Uni<Void> deal(ConsumerRecord<String, String> record) {
        return consume(record, Topics.DEAL);
    }

    @Incoming("delivery-events")
    public Uni<Void> delivery(ConsumerRecord<String, String> record) {
        return consume(record, Topics.DELIVERY);
    }
}
