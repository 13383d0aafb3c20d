package io.dealstream.eventstore.messaging;

import io.dealstream.events.DomainEvent;
import io.dealstream.events.EventTypes;
import io.dealstream.eventstore.EventStoreTx;
import io.smallrye.mutiny.Uni;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A consumer's reactions: one typed handler per event type it wants. {@link InboxConsumer} reads the record's
 * {@code ce_type} header first and skips a type no handler wants from the header alone: no payload decode, no
 * vault, no transaction. Immutable; {@link #on} returns a copy with one more handler.
 */
public final class EventHandlers {

    /** The reaction to one event of type {@code E}, in the transaction that marks it processed. */
    @FunctionalInterface
    public interface Handler<E extends DomainEvent> {

        Uni<Void> handle(EventStoreTx tx, IncomingEvent in, E event);
    }

    private final Map<String, Handler<DomainEvent>> byType;

    private EventHandlers(Map<String, Handler<DomainEvent>> byType) {
        this.byType = Map.copyOf(byType);
    }

    /** No handler yet. */
    public static EventHandlers of() {
        return new EventHandlers(Map.of());
    }

    /** One handler for several types, for a consumer that projects any of them alike (the pipeline view). */
    public static EventHandlers forTypes(Collection<String> types, Handler<DomainEvent> handler) {
        Map<String, Handler<DomainEvent>> byType = new LinkedHashMap<>();
        for (String type : types) {
            byType.put(known(type), handler);
        }
        return new EventHandlers(byType);
    }

    /** These handlers and one for {@code type}. */
    public <E extends DomainEvent> EventHandlers on(Class<E> type, Handler<? super E> handler) {
        String name = known(type.getSimpleName());
        if (byType.containsKey(name)) {
            throw new IllegalArgumentException(name + " has a handler already");
        }
        Map<String, Handler<DomainEvent>> byType = new LinkedHashMap<>(this.byType);
        byType.put(name, (tx, in, event) -> handler.handle(tx, in, type.cast(event)));
        return new EventHandlers(byType);
    }

    /** The event types handled: any other record is skipped from its headers. */
    public Set<String> types() {
        return byType.keySet();
    }

    boolean wants(String type) {
        return type != null && byType.containsKey(type);
    }

    Uni<Void> handle(EventStoreTx tx, IncomingEvent in) {
        return byType.get(in.event().eventType()).handle(tx, in, in.event());
    }

    private static String known(String type) {
        if (EventTypes.byName(type).isEmpty()) {
            throw new IllegalArgumentException("not an event type of the contract: " + type);
        }
        return type;
    }
}
