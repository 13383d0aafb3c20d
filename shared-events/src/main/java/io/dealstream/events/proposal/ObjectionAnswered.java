package io.dealstream.events.proposal;

import io.dealstream.events.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The written answer to an objection, with trust material as evidence. {@code late}: answered after its 24 h
 * were up (whether or not the deadline scheduler had already marked it); absent on answers stored before it
 * was recorded.
 */
public record ObjectionAnswered(UUID objectionId, String response, List<UUID> evidence, Instant answeredAt,
        @Nullable Boolean late) implements ProposalEvent {

    public ObjectionAnswered(UUID objectionId, String response, List<UUID> evidence, Instant answeredAt) {
        this(objectionId, response, evidence, answeredAt, null);
    }
}
