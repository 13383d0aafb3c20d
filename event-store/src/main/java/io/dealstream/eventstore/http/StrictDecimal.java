package io.dealstream.eventstore.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * An amount, as the published schemas state it: a decimal string ("48000.00", "-12.5"), nothing else. A JSON
 * number (which many clients round), an exponent, a sign "+", spaces or the text "null" (which Jackson would read
 * as no amount) are refused naming the field.
 */
public final class StrictDecimal extends StdScalarDeserializer<BigDecimal> {

    private static final Pattern DECIMAL = Pattern.compile("^-?[0-9]+(\\.[0-9]+)?$");

    public StrictDecimal() {
        super(BigDecimal.class);
    }

    @Override
    public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (!parser.hasToken(JsonToken.VALUE_STRING) || !DECIMAL.matcher(parser.getText()).matches()) {
            throw MismatchedInputException.from(parser, BigDecimal.class, "expected a decimal amount as a string, such as \"48000.00\"");
        }
        return new BigDecimal(parser.getText());
    }
}
