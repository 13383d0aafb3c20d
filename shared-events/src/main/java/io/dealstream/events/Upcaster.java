package io.dealstream.events;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Turns a stored payload of one schema version into the shape of the next version, so old events
 * still load after a breaking change. Register it with {@link EventCodec#withUpcaster}.
 */
public interface Upcaster {

    String eventType();

    /** The version this upcaster reads; it produces {@code fromVersion() + 1}. */
    int fromVersion();

    ObjectNode upcast(ObjectNode payload);
}
