package io.dealstream.events.proposal;

import io.dealstream.events.privacy.PersonalData;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.List;

/** The presentation record: attendees, Q&A time, questions asked. */
public record ProposalPresented(Instant presentedAt, @PersonalData List<String> attendees, @Min(0) int qaMinutes,
        List<String> questions) implements ProposalEvent {
}
