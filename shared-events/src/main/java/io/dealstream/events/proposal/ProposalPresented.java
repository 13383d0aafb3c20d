package io.dealstream.events.proposal;

import io.dealstream.events.Nullable;
import io.dealstream.events.privacy.PersonalData;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.List;

/**
 * The presentation record: attendees, Q&A time, questions asked, and the comparable cases shown (the SOP: focus
 * on the core pains with comparable cases; absent on presentations stored before they were recorded).
 */
public record ProposalPresented(Instant presentedAt, @PersonalData List<String> attendees, @Min(0) int qaMinutes,
        List<String> questions, @Nullable List<String> comparableCases) implements ProposalEvent {

    public ProposalPresented(Instant presentedAt, List<String> attendees, int qaMinutes, List<String> questions) {
        this(presentedAt, attendees, qaMinutes, questions, null);
    }
}
