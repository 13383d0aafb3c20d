package io.dealstream.eventstore.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import java.io.IOException;

/**
 * Request text without the NUL character (U+0000): PostgreSQL cannot store it in text or jsonb, so it is
 * refused where it arrives, as a 400 naming the field, and the OpenAPI contract says so
 * ({@link TextContractFilter}). Everything else is read as Jackson's own string deserializer reads it.
 */
public final class NoNulText extends StdScalarDeserializer<String> {

    public static final String RULE = "must not contain the NUL character (U+0000)";

    public NoNulText() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String text = StringDeserializer.instance.deserialize(parser, context);
        if (text != null && text.indexOf('\u0000') >= 0) {
            throw JsonMappingException.from(parser, RULE);
        }
        return text;
    }
}
