package io.dealstream.events;

import java.util.List;

/** A payload that does not satisfy its event's schema, or an unknown event type. */
public class InvalidEventPayload extends RuntimeException {

    private final String eventType;
    private final List<String> violations;

    public InvalidEventPayload(String eventType, List<String> violations) {
        super(eventType + " payload rejected: " + String.join("; ", violations));
        this.eventType = eventType;
        this.violations = List.copyOf(violations);
    }

    public String eventType() {
        return eventType;
    }

    /** One message per violation, each naming the field (JSON path). */
    public List<String> violations() {
        return violations;
    }
}
