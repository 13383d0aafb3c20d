package io.dealstream.lead.sla;

import io.dealstream.events.lead.FollowUpLogged;
import io.dealstream.events.lead.FollowUpOverdue;
import io.dealstream.events.lead.LeadDisqualified;
import io.dealstream.events.lead.LeadQualified;
import io.dealstream.events.lead.LeadReactivated;
import io.dealstream.events.lead.LeadsMerged;
import io.dealstream.events.lead.Tier;
import io.dealstream.eventstore.Deadline;
import io.dealstream.eventstore.EventStoreTx;
import io.dealstream.eventstore.StoredEvent;
import io.dealstream.lead.domain.TierPolicy;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.UUID;

/**
 * Opens and closes the stage-1 deadlines as the events say: a grade opens its tier's deadline, a
 * follow-up meets it (and may open the next), closing the lead cancels it. A HIGH lead has none here:
 * its 24 h deep-conversation clock is needs-service's ({@code DeepTalkFollower} follows it), so that one
 * rule has one owner.
 */
public final class LeadDeadlines {

    private LeadDeadlines() {
    }

    public static Uni<Void> apply(EventStoreTx tx, StoredEvent stored) {
        UUID lead = stored.envelope().streamId();
        UUID opportunity = stored.envelope().opportunityId();
        Object e = stored.event();
        if (e instanceof LeadQualified q) {
            Uni<Integer> cancelled = tx.cancelAllDeadlines(lead);
            if (q.tier() == Tier.HIGH) {
                return cancelled.replaceWithVoid();
            }
            return cancelled.chain(() -> tx.scheduleDeadline(
                    Deadline.of(lead, opportunity, TierPolicy.deadlineKind(q.tier()).name(), q.nextStepDueAt())));
        }
        if (e instanceof FollowUpLogged f) {
            Uni<Integer> met = tx.meetAllDeadlines(lead);
            if (f.nextFollowUpAt() == null) {
                return met.replaceWithVoid();
            }
            return met.chain(() -> tx.connection().preparedQuery("SELECT tier FROM leads WHERE lead_id = $1")
                            .execute(Tuple.of(lead)))
                    .chain(rows -> {
                        String tier = rows.size() == 0 ? null : rows.iterator().next().getString("tier");
                        Tier t = tier == null ? Tier.MEDIUM : Tier.valueOf(tier);
                        if (t == Tier.HIGH) {
                            return Uni.createFrom().voidItem(); // the deep conversation's clock is needs-service's
                        }
                        return tx.scheduleDeadline(Deadline.of(lead, opportunity, TierPolicy.deadlineKind(t).name(),
                                f.nextFollowUpAt()));
                    });
        }
        if (e instanceof FollowUpOverdue o && o.nextDueAt() != null) {
            return tx.scheduleDeadline(Deadline.of(lead, opportunity, o.kind().name(), o.nextDueAt()));
        }
        if (e instanceof LeadReactivated || e instanceof LeadDisqualified
                || e instanceof LeadsMerged m && m.mergedLeadId().equals(lead)) {
            return tx.cancelAllDeadlines(lead).replaceWithVoid();
        }
        return Uni.createFrom().voidItem();
    }
}
