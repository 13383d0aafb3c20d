package io.dealstream.events.schema;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dealstream.events.EventTypes.EventType;
import io.dealstream.events.Nullable;
import io.dealstream.events.privacy.PersonalData;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Derives the JSON Schema (draft 2020-12) of an event record with the contract's conventions: every
 * component is required unless {@link Nullable}; amounts are decimal strings; times ISO-8601; enums
 * closed; objects open to extra properties, so that adding an optional field never breaks a reader.
 * The generated schemas are committed under {@code schemas/} and a test fails when they drift.
 */
public final class JsonSchemaGenerator {

    static final String DECIMAL_PATTERN = "^-?[0-9]+(\\.[0-9]+)?$";
    static final String CURRENCY_PATTERN = "^[A-Z]{3}$";
    public static final String ID_BASE = "https://schemas.dealstream.io/events/";

    private final ObjectMapper mapper;

    public JsonSchemaGenerator(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public ObjectNode schemaOf(EventType type) {
        ObjectNode root = mapper.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", ID_BASE + type.stage().id() + "/" + type.name() + ".v" + type.schemaVersion() + ".json");
        root.put("title", type.name());
        root.put("description", "Payload of " + type.cloudEventType() + ", published by "
                + type.stage().serviceName() + " on " + type.stage().topic() + ".");
        root.setAll(objectSchema(type.recordClass()));
        return root;
    }

    private ObjectNode objectSchema(Class<?> recordClass) {
        ObjectNode node = mapper.createObjectNode();
        node.put("type", "object");
        ObjectNode properties = node.putObject("properties");
        ArrayNode required = mapper.createArrayNode();
        for (RecordComponent component : recordClass.getRecordComponents()) {
            ObjectNode property = typeSchema(component.getGenericType(), component.getName());
            applyConstraints(component, property);
            properties.set(component.getName(), property);
            if (!component.isAnnotationPresent(Nullable.class)) {
                required.add(component.getName());
            }
        }
        if (!required.isEmpty()) {
            node.set("required", required);
        }
        return node;
    }

    private ObjectNode typeSchema(Type type, String name) {
        ObjectNode node = mapper.createObjectNode();
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() == List.class) {
            node.put("type", "array");
            node.set("items", typeSchema(parameterized.getActualTypeArguments()[0], name));
            return node;
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            node.put("type", "string");
            if (name.equals("currency")) {
                node.put("pattern", CURRENCY_PATTERN);
            } else {
                node.put("minLength", 1);
            }
        } else if (c == UUID.class) {
            node.put("type", "string").put("format", "uuid");
        } else if (c == Instant.class) {
            node.put("type", "string").put("format", "date-time");
        } else if (c == LocalDate.class) {
            node.put("type", "string").put("format", "date");
        } else if (c == BigDecimal.class) {
            node.put("type", "string").put("pattern", DECIMAL_PATTERN);
        } else if (c == int.class || c == Integer.class || c == long.class || c == Long.class) {
            node.put("type", "integer");
        } else if (c == double.class || c == Double.class) {
            node.put("type", "number");
        } else if (c == boolean.class || c == Boolean.class) {
            node.put("type", "boolean");
        } else if (c.isEnum()) {
            node.put("type", "string");
            ArrayNode values = node.putArray("enum");
            for (Object constant : c.getEnumConstants()) {
                values.add(((Enum<?>) constant).name());
            }
        } else if (c.isRecord()) {
            node.setAll(objectSchema(c));
        } else {
            throw new IllegalArgumentException("no schema mapping for " + c + " (field " + name + ")");
        }
        return node;
    }

    private static void applyConstraints(RecordComponent component, ObjectNode property) {
        Min min = component.getAnnotation(Min.class);
        if (min != null) {
            property.put("minimum", min.value());
        }
        Max max = component.getAnnotation(Max.class);
        if (max != null) {
            property.put("maximum", max.value());
        }
        DecimalMin decimalMin = component.getAnnotation(DecimalMin.class);
        if (decimalMin != null) {
            property.put("minimum", new BigDecimal(decimalMin.value()));
        }
        if (component.isAnnotationPresent(PersonalData.class)) {
            // the value on the wire is pii:v1:<keyId>:<ciphertext>, see PersonalDataCipher
            property.put("x-personal-data", true);
            property.put("description", "Personal data: encrypted as pii:v1:<keyId>:<base64url>; \"[erased]\" once the"
                    + " data subject is erased.");
        }
        DecimalMax decimalMax = component.getAnnotation(DecimalMax.class);
        if (decimalMax != null) {
            property.put("maximum", new BigDecimal(decimalMax.value()));
        }
    }
}
