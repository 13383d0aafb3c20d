package io.dealstream.eventstore.http;

/** A malformed request part (a header, a query parameter) that bean validation does not see. */
public class BadRequest extends RuntimeException {

    private final String field;

    public BadRequest(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
