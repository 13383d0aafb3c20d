package io.dealstream.events.proposal;

import io.dealstream.events.Nullable;
import java.util.UUID;

/** The customer's feedback on an answer and the outcome. */
public record ObjectionResolved(UUID objectionId, ObjectionOutcome outcome, String customerFeedback,
        @Nullable String nextStep) implements ProposalEvent {
}
