package io.dealstream.events.proposal;

import io.dealstream.events.Nullable;
import io.dealstream.events.common.LinkEvidence;
import io.dealstream.events.privacy.PersonalData;
import java.time.Instant;
import java.util.UUID;

/**
 * A typed objection; a written answer is due within 24 h (cross-service: analytics, partners). {@code raisedBy}
 * and {@code evidence}: the customer wrote it themselves on the proposal's page, through the link sent for
 * questions and objections (absent: staff recorded it).
 */
public record ObjectionRaised(
        UUID objectionId,
        ObjectionType type,
        String description,
        Instant raisedAt,
        String owner,
        Instant responseDueAt,
        @Nullable @PersonalData String raisedBy,
        @Nullable LinkEvidence evidence) implements ProposalEvent {

    public ObjectionRaised(UUID objectionId, ObjectionType type, String description, Instant raisedAt, String owner,
            Instant responseDueAt) {
        this(objectionId, type, description, raisedAt, owner, responseDueAt, null, null);
    }
}
