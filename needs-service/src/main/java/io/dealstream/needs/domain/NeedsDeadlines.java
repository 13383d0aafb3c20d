package io.dealstream.needs.domain;

import static io.dealstream.eventstore.DeadlineChange.meet;
import static io.dealstream.eventstore.DeadlineChange.open;

import io.dealstream.events.DomainEvent;
import io.dealstream.events.needs.DeepTalkArranged;
import io.dealstream.events.needs.DiscoveryMeetingHeld;
import io.dealstream.events.needs.NeedsConfirmationDisputed;
import io.dealstream.events.needs.NeedsConfirmed;
import io.dealstream.events.needs.NeedsResearchOpened;
import io.dealstream.eventstore.Deadline;
import io.dealstream.eventstore.DeadlineChange;
import io.dealstream.eventstore.DeadlineRules;
import java.time.Instant;
import java.util.List;

/**
 * The 24 h deep conversation: opened with the research (the HIGH grade), met by its arrangement or by the
 * meeting, whichever comes first. A customer link: due at its expiry, met when the customer uses it, when staff
 * withdraw it, or when the report is confirmed or disputed (through any link or by staff).
 */
public enum NeedsDeadlines implements DeadlineRules<NeedsResearch, NeedsCommand> {
    RULES;

    public static final String DEEP_TALK = "DEEP_TALK_24H";
    public static final String CUSTOMER_LINK = io.dealstream.eventstore.links.CustomerLinks.DEADLINE;

    @Override
    public List<DeadlineChange> changes(NeedsResearch state, DomainEvent e) {
        if (e instanceof NeedsResearchOpened o) {
            return List.of(open(DEEP_TALK, o.deepTalkDueAt()));
        }
        if (e instanceof DiscoveryMeetingHeld || e instanceof DeepTalkArranged) {
            return List.of(meet(DEEP_TALK));
        }
        if (e instanceof NeedsConfirmed || e instanceof NeedsConfirmationDisputed) {
            return state.links().all().stream().map(l -> (DeadlineChange) meet(CUSTOMER_LINK, l.linkId().toString()))
                    .toList();
        }
        return io.dealstream.eventstore.links.CustomerLinks.deadlineChanges(e);
    }

    /**
     * No discovery meeting and no arrangement within 24 h of the HIGH grade: DeepTalkOverdue, once. A link unused
     * at its expiry: NeedsLinkExpired, if the report still awaits it.
     */
    @Override
    public NeedsCommand missed(Deadline deadline, Instant now) {
        if (CUSTOMER_LINK.equals(deadline.kind())) {
            return new NeedsCommand.MarkLinkUnused(now, java.util.UUID.fromString(deadline.reference()), deadline.dueAt());
        }
        return new NeedsCommand.MarkDeepTalkOverdue(now, deadline.dueAt());
    }
}
