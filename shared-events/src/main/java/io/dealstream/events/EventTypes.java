package io.dealstream.events;

import io.dealstream.events.deal.DealEvent;
import io.dealstream.events.delivery.DeliveryEvent;
import io.dealstream.events.lead.LeadEvent;
import io.dealstream.events.needs.NeedsEvent;
import io.dealstream.events.proposal.ProposalEvent;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue of every event type, built from the sealed stage interfaces so that it cannot miss one.
 */
public final class EventTypes {

    /** One event type of the contract. */
    public record EventType(Stage stage, String name, int schemaVersion, Class<? extends DomainEvent> recordClass) {

        /** Classpath location of the JSON Schema, e.g. {@code schemas/lead/LeadCaptured.v1.json}. */
        public String schemaPath() {
            return "schemas/" + stage.id() + "/" + name + ".v" + schemaVersion + ".json";
        }

        /** CloudEvents {@code type}, e.g. {@code io.dealstream.lead.LeadCaptured.v1}. */
        public String cloudEventType() {
            return stage.cloudEventType(name, schemaVersion);
        }
    }

    private static final Map<String, EventType> BY_NAME;

    static {
        Map<String, EventType> byName = new LinkedHashMap<>();
        register(byName, Stage.LEAD, LeadEvent.class);
        register(byName, Stage.NEEDS, NeedsEvent.class);
        register(byName, Stage.PROPOSAL, ProposalEvent.class);
        register(byName, Stage.DEAL, DealEvent.class);
        register(byName, Stage.DELIVERY, DeliveryEvent.class);
        BY_NAME = Collections.unmodifiableMap(byName);
    }

    private EventTypes() {
    }

    @SuppressWarnings("unchecked")
    private static void register(Map<String, EventType> byName, Stage stage, Class<? extends DomainEvent> sealed) {
        Arrays.stream(sealed.getPermittedSubclasses())
                .sorted(Comparator.comparing(Class::getSimpleName))
                .forEach(c -> {
                    SchemaVersion version = c.getAnnotation(SchemaVersion.class);
                    EventType type = new EventType(stage, c.getSimpleName(), version == null ? 1 : version.value(),
                            (Class<? extends DomainEvent>) c);
                    if (byName.putIfAbsent(type.name(), type) != null) {
                        throw new IllegalStateException("duplicate event type name " + type.name());
                    }
                });
    }

    /** Every event type, stage by stage. */
    public static List<EventType> all() {
        return List.copyOf(BY_NAME.values());
    }

    /** The event types one service publishes. */
    public static List<EventType> of(Stage stage) {
        return BY_NAME.values().stream().filter(t -> t.stage() == stage).toList();
    }

    public static Optional<EventType> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    public static EventType of(DomainEvent event) {
        return byName(event.eventType())
                .orElseThrow(() -> new IllegalArgumentException("not a contract event: " + event.getClass()));
    }
}
