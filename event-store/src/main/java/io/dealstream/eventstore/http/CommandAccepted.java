package io.dealstream.eventstore.http;

import io.dealstream.eventstore.CommandExecutor;
import java.util.List;
import java.util.UUID;

/** The answer to a command: the resource, its new stream version (also the ETag), the events it caused. */
public record CommandAccepted(UUID id, long streamVersion, List<String> events) {

    public static CommandAccepted of(UUID id, CommandExecutor.Outcome<?> outcome) {
        return new CommandAccepted(id, outcome.streamVersion(),
                outcome.appended().stream().map(e -> e.envelope().eventType()).toList());
    }

    /** A 200 reply for a command on an existing resource. */
    public static CommandReply reply(UUID id, CommandExecutor.Outcome<?> outcome) {
        return CommandReply.ok(of(id, outcome), outcome.streamVersion());
    }
}
