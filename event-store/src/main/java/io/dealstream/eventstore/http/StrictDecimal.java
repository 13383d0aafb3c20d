package io.dealstream.eventstore.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * An amount, as a decimal string ("48000.00") or a JSON number; the text "null" is not an absent amount
 * (Jackson would read it as one), it breaks the published number type and is refused naming the field.
 */
public final class StrictDecimal extends StdScalarDeserializer<BigDecimal> {

    public StrictDecimal() {
        super(BigDecimal.class);
    }

    @Override
    public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.hasToken(JsonToken.VALUE_STRING) && "null".equals(parser.getText().strip())) {
            throw JsonMappingException.from(parser, "expected a decimal amount such as \"48000.00\"");
        }
        return NumberDeserializers.BigDecimalDeserializer.instance.deserialize(parser, context);
    }
}
