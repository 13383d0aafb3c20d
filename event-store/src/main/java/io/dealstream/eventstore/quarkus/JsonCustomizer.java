package io.dealstream.eventstore.quarkus;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.dealstream.eventstore.http.NoNulText;
import io.dealstream.eventstore.http.StrictDecimal;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * REST speaks the event contract's JSON: amounts as exact decimal strings (never floating point),
 * absent optional fields omitted, and no silent type coercion: 42 is not a name, "5" is not a number of
 * employees, 1.5 is not an integer, "true" is not a boolean, 42 is not a date; no text holds a NUL.
 */
@Singleton
public class JsonCustomizer implements ObjectMapperCustomizer {

    private static final BeanDeserializerModifier TEXTUAL_TIMES = new BeanDeserializerModifier() {
        @Override
        @SuppressWarnings("unchecked")
        public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                JsonDeserializer<?> deserializer) {
            Class<?> type = description.getBeanClass();
            if (type == Instant.class || type == LocalDate.class) {
                return new TextualOnly<>((Class<Object>) type, (JsonDeserializer<Object>) deserializer);
            }
            return deserializer;
        }
    };

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.configOverride(BigDecimal.class).setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING));
        mapper.setSerializationInclusion(JsonInclude.Include.NON_NULL);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        // "" is not an absent id, date or enum value: it breaks the published format (uuid, date-time, enum)
        mapper.coercionConfigDefaults().setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Enum)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        // times only as ISO-8601 text: 42 is not a date. A modifier wraps whichever java.time deserializer
        // is found, so it holds whatever order Quarkus registers its modules in.
        mapper.registerModule(new SimpleModule("dealstream-textual-times").setDeserializerModifier(TEXTUAL_TIMES));
        // text that PostgreSQL could not store, and "null" as an amount, are refused on arrival naming the field
        mapper.registerModule(new SimpleModule("dealstream-strict-scalars")
                .addDeserializer(String.class, new NoNulText())
                .addDeserializer(BigDecimal.class, new StrictDecimal()));
    }
}
