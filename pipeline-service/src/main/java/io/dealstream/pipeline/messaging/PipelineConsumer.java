package io.dealstream.pipeline.messaging;

import io.dealstream.events.EventTypes;
import io.dealstream.events.Topics;
import io.dealstream.eventstore.messaging.EventConsumer;
import io.dealstream.eventstore.messaging.EventHandlers;
import io.dealstream.eventstore.messaging.InboxConsumer;
import io.dealstream.pipeline.projection.PipelineProjection;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Reads all five topics into the pipeline view, each event once (inbox). */
@Singleton
public class PipelineConsumer extends EventConsumer {

    public PipelineConsumer(InboxConsumer inbox) {
        // the view projects every event of the contract, from each stage alike
        super(inbox, EventHandlers.forTypes(EventTypes.all().stream().map(EventTypes.EventType::name).toList(),
                (tx, in, event) -> PipelineProjection.apply(tx.connection(), in)));
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
