package io.dealstream.proposal.api;

/**
 * Who issues a command. Until authentication lands (bearer JWT, see the security issue), commands are
 * recorded as issued by {@code anonymous}; the actor never comes from the request body.
 */
final class Actors {

    private Actors() {
    }

    static String current() {
        return "anonymous";
    }
}
