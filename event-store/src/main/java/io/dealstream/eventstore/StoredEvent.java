package io.dealstream.eventstore;

import io.dealstream.events.DomainEvent;
import io.dealstream.events.EventEnvelope;

/** An event as stored: its envelope, its payload record, and its position in the whole store. */
public record StoredEvent(long globalPosition, EventEnvelope envelope, DomainEvent event) {
}
