package io.dealstream.eventstore.http;

import io.dealstream.events.Nullable;

/**
 * What a command answers: status, optional Location, body, and the stream version that becomes the ETag.
 */
public record CommandReply(int status, @Nullable String location, Object body, long streamVersion) {

    public static CommandReply created(String location, Object body, long version) {
        return new CommandReply(201, location, body, version);
    }

    public static CommandReply ok(Object body, long version) {
        return new CommandReply(200, null, body, version);
    }
}
