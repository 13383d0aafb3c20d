package io.dealstream.lead.messaging;

import io.dealstream.events.Topics;
import io.dealstream.events.needs.DeepTalkArranged;
import io.dealstream.events.needs.DeepTalkOverdue;
import io.dealstream.events.needs.DiscoveryMeetingHeld;
import io.dealstream.eventstore.EventStoreTx;
import io.dealstream.eventstore.messaging.EventConsumer;
import io.dealstream.eventstore.messaging.EventHandlers;
import io.dealstream.eventstore.messaging.InboxConsumer;
import io.dealstream.eventstore.messaging.IncomingEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Singleton;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * One 24 h clock for the deep conversation: needs-service owns it (the SOP: "a deep conversation is arranged
 * within 24 hours"), so a HIGH grade opens no deadline here; a HIGH lead's row follows needs-service's
 * events instead. Arranged: the next step is the meeting at its time, not overdue. Held: nothing is
 * awaited here any more. Overdue: the lead shows overdue, as in needs-service and the pipeline.
 */
@Singleton
public class DeepTalkFollower extends EventConsumer {

    public DeepTalkFollower(InboxConsumer inbox) {
        super(inbox, EventHandlers.of()
                .on(DeepTalkArranged.class, (tx, in, a) -> update(tx, in, "overdue = false, next_follow_up_at = $2,"
                        + " next_follow_up_kind = 'DEEP_TALK_24H'", OffsetDateTime.ofInstant(a.scheduledFor(),
                        ZoneOffset.UTC)))
                .on(DiscoveryMeetingHeld.class, (tx, in, m) -> update(tx, in, "overdue = false,"
                        + " next_follow_up_at = NULL, next_follow_up_kind = NULL", null))
                .on(DeepTalkOverdue.class, (tx, in, o) -> update(tx, in, "overdue = true", null)));
    }

    @Incoming("needs-events")
    public Uni<Void> onNeedsEvent(ConsumerRecord<String, String> record) {
        return consume(record, Topics.NEEDS);
    }

    /** Only a lead still graded HIGH follows: a lead re-graded or closed since has its own next step. */
    private static Uni<Void> update(EventStoreTx tx, IncomingEvent in, String set, Object arg) {
        String sql = "UPDATE leads SET " + set + " WHERE lead_id = $1 AND tier = 'HIGH' AND status = 'QUALIFIED'";
        Tuple args = arg == null ? Tuple.of(in.opportunityId()) : Tuple.from(Arrays.asList(in.opportunityId(), arg));
        return tx.connection().preparedQuery(sql).execute(args).replaceWithVoid();
    }
}
