package io.dealstream.eventstore.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.dealstream.eventstore.CommandExecutor;
import io.dealstream.eventstore.StoredEvent;
import java.util.function.Function;
import java.util.List;
import java.util.UUID;

/**
 * The answer to a command: the resource, its new stream version (also the ETag), the events it caused, and what
 * else it created (left out when nothing).
 */
public record CommandAccepted(UUID id, long streamVersion, List<String> events,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Created> created) {

    /** What a service's events created, e.g. an ObjectionRaised its objection; none for most events. */
    @FunctionalInterface
    public interface Creations extends Function<StoredEvent, List<Created>> {
        Creations NONE = event -> List.of();
    }

    public static CommandAccepted of(UUID id, CommandExecutor.Outcome<?> outcome, Creations creations) {
        return new CommandAccepted(id, outcome.streamVersion(),
                outcome.appended().stream().map(e -> e.envelope().eventType()).toList(),
                outcome.appended().stream().flatMap(e -> creations.apply(e).stream()).toList());
    }

    /** A 200 reply for a command on an existing resource. */
    public static CommandReply reply(UUID id, CommandExecutor.Outcome<?> outcome) {
        return reply(id, outcome, Creations.NONE);
    }

    /** A 200 reply naming what the command's events created. */
    public static CommandReply reply(UUID id, CommandExecutor.Outcome<?> outcome, Creations creations) {
        return CommandReply.ok(of(id, outcome, creations), outcome.streamVersion());
    }
}
