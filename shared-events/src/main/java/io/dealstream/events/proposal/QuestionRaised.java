package io.dealstream.events.proposal;

import io.dealstream.events.Nullable;
import io.dealstream.events.common.LinkEvidence;
import io.dealstream.events.privacy.PersonalData;
import java.time.Instant;
import java.util.UUID;

/**
 * A customer question at or after the presentation: answered in writing within 24 h, like an objection.
 * {@code askedBy} and {@code evidence}: the customer wrote it themselves on the proposal's page, through the link
 * sent for questions (absent: staff recorded it).
 */
public record QuestionRaised(UUID questionId, String text, Instant raisedAt, String owner, Instant answerDueAt,
        @Nullable @PersonalData String askedBy, @Nullable LinkEvidence evidence) implements ProposalEvent {

    public QuestionRaised(UUID questionId, String text, Instant raisedAt, String owner, Instant answerDueAt) {
        this(questionId, text, raisedAt, owner, answerDueAt, null, null);
    }
}
