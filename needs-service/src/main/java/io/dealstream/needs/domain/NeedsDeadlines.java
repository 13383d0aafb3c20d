package io.dealstream.needs.domain;

import static io.dealstream.eventstore.DeadlineChange.meet;
import static io.dealstream.eventstore.DeadlineChange.open;

import io.dealstream.events.DomainEvent;
import io.dealstream.events.needs.DeepTalkArranged;
import io.dealstream.events.needs.DiscoveryMeetingHeld;
import io.dealstream.events.needs.NeedsResearchOpened;
import io.dealstream.eventstore.Deadline;
import io.dealstream.eventstore.DeadlineChange;
import io.dealstream.eventstore.DeadlineRules;
import java.time.Instant;
import java.util.List;

/**
 * The 24 h deep conversation: opened with the research (the HIGH grade), met by its arrangement or by the
 * meeting, whichever comes first.
 */
public enum NeedsDeadlines implements DeadlineRules<NeedsResearch, NeedsCommand> {
    RULES;

    public static final String DEEP_TALK = "DEEP_TALK_24H";

    @Override
    public List<DeadlineChange> changes(NeedsResearch state, DomainEvent e) {
        if (e instanceof NeedsResearchOpened o) {
            return List.of(open(DEEP_TALK, o.deepTalkDueAt()));
        }
        if (e instanceof DiscoveryMeetingHeld || e instanceof DeepTalkArranged) {
            return List.of(meet(DEEP_TALK));
        }
        return List.of();
    }

    /** No discovery meeting and no arrangement within 24 h of the HIGH grade: DeepTalkOverdue, once. */
    @Override
    public NeedsCommand missed(Deadline deadline, Instant now) {
        return new NeedsCommand.MarkDeepTalkOverdue(now, deadline.dueAt());
    }
}
