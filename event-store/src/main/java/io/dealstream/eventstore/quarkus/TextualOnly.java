package io.dealstream.eventstore.quarkus;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import java.io.IOException;

/**
 * Accepts a time only as its ISO-8601 text: Jackson's java.time deserializers would read 42 as an epoch
 * second or day (1970-01-01T00:00:42Z), turning a wrong type into a silently wrong date.
 */
final class TextualOnly<T> extends JsonDeserializer<T> {

    private final Class<T> type;
    private final JsonDeserializer<T> delegate;

    TextualOnly(Class<T> type, JsonDeserializer<T> delegate) {
        this.type = type;
        this.delegate = delegate;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            return type.cast(ctxt.handleUnexpectedToken(type, p.currentToken(), p,
                    "expected an ISO-8601 text for %s", type.getSimpleName()));
        }
        return delegate.deserialize(p, ctxt);
    }
}
