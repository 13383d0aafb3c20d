package io.dealstream.events;

/**
 * A domain event of the sales process. Each stage has a sealed sub-interface listing its events, so
 * that {@link EventTypes} can enumerate the whole contract.
 */
public interface DomainEvent {

    /** The event type name as stored in {@code event_type}, e.g. {@code LeadQualified}. */
    default String eventType() {
        return getClass().getSimpleName();
    }

    /** The payload schema version; a breaking change bumps it and adds an upcaster. */
    default int schemaVersion() {
        SchemaVersion version = getClass().getAnnotation(SchemaVersion.class);
        return version == null ? 1 : version.value();
    }
}
