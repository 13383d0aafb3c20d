package io.dealstream.eventstore;

import io.dealstream.events.Nullable;
import java.util.Objects;
import java.util.UUID;

/**
 * Who and what caused the events of one append.
 *
 * @param opportunityId the opportunity the stream belongs to (the Kafka key)
 * @param correlationId shared by everything one user action caused
 * @param causationId   the event (or request) that caused this append
 * @param actor         who issued the command
 */
public record EventMetadata(UUID opportunityId, UUID correlationId, @Nullable UUID causationId, String actor) {

    public EventMetadata {
        Objects.requireNonNull(opportunityId, "opportunityId");
        Objects.requireNonNull(correlationId, "correlationId");
        Objects.requireNonNull(actor, "actor");
    }
}
