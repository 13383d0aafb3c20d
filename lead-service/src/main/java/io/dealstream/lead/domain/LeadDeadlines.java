package io.dealstream.lead.domain;

import static io.dealstream.eventstore.DeadlineChange.cancelAll;
import static io.dealstream.eventstore.DeadlineChange.meetAll;
import static io.dealstream.eventstore.DeadlineChange.open;

import io.dealstream.events.DomainEvent;
import io.dealstream.events.lead.FollowUpKind;
import io.dealstream.events.lead.FollowUpLogged;
import io.dealstream.events.lead.FollowUpOverdue;
import io.dealstream.events.lead.LeadDisqualified;
import io.dealstream.events.lead.LeadQualified;
import io.dealstream.events.lead.LeadReactivated;
import io.dealstream.events.lead.LeadsMerged;
import io.dealstream.events.lead.Tier;
import io.dealstream.eventstore.Deadline;
import io.dealstream.eventstore.DeadlineChange;
import io.dealstream.eventstore.DeadlineRules;
import java.time.Instant;
import java.util.List;

/**
 * The stage-1 deadlines: a grade opens its tier's deadline (the 7-day nurture follow-up, the quarterly
 * reactivation), a follow-up meets it (and may open the next), closing the lead cancels it. A HIGH lead has none
 * here: its 24 h deep-conversation clock is needs-service's ({@code DeepTalkFollower} follows it), so that one
 * rule has one owner.
 */
public enum LeadDeadlines implements DeadlineRules<Lead, LeadCommand> {
    RULES;

    @Override
    public List<DeadlineChange> changes(Lead lead, DomainEvent e) {
        if (e instanceof LeadQualified q) {
            return q.tier() == Tier.HIGH ? List.of(cancelAll())
                    : List.of(cancelAll(), open(TierPolicy.deadlineKind(q.tier()).name(), q.nextStepDueAt()));
        }
        if (e instanceof FollowUpLogged f) {
            return f.nextFollowUpAt() == null || lead.tier() == Tier.HIGH ? List.of(meetAll())
                    : List.of(meetAll(), open(lead.followUpKind().name(), f.nextFollowUpAt()));
        }
        if (e instanceof FollowUpOverdue o && o.nextDueAt() != null) {
            return List.of(open(o.kind().name(), o.nextDueAt()));
        }
        if (e instanceof LeadReactivated || e instanceof LeadDisqualified
                || e instanceof LeadsMerged m && m.mergedLeadId().equals(lead.id())) {
            return List.of(cancelAll());
        }
        return List.of();
    }

    /** A tier's follow-up not logged by its due time: FollowUpOverdue, once (a LOW lead's names the next quarter). */
    @Override
    public LeadCommand missed(Deadline deadline, Instant now) {
        return new LeadCommand.MarkOverdue(now, FollowUpKind.valueOf(deadline.kind()), deadline.dueAt());
    }
}
