package io.dealstream.eventstore.domain;

/** The addressed resource does not exist. */
public class NotFound extends RuntimeException {

    public NotFound(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
