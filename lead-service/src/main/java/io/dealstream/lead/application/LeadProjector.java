package io.dealstream.lead.application;

import io.dealstream.eventstore.EventStoreTx;
import io.dealstream.eventstore.Projector;
import io.dealstream.eventstore.StoredEvent;
import io.dealstream.lead.projection.LeadReadModel;
import io.dealstream.lead.sla.LeadDeadlines;
import io.smallrye.mutiny.Uni;
import java.util.List;

/** Read model first, then deadlines (which read the projected tier), event by event, in order. */
public final class LeadProjector implements Projector<Object> {

    public static final LeadProjector INSTANCE = new LeadProjector();

    @Override
    public Uni<Void> project(EventStoreTx tx, Object state, List<StoredEvent> events) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (StoredEvent event : events) {
            chain = chain.chain(() -> LeadReadModel.apply(tx.connection(), event))
                    .chain(() -> LeadDeadlines.apply(tx, event));
        }
        return chain;
    }
}
