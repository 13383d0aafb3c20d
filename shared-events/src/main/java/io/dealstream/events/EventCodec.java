package io.dealstream.events;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.AnnotationKeyword;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Serialises event records to their JSON payload and back. Decoding validates the payload against the
 * event's JSON Schema first, so a payload missing a required field is rejected with the field named,
 * and unknown extra fields are tolerated (forward compatibility). Thread-safe.
 */
public final class EventCodec {

    private static final ObjectMapper MAPPER = newMapper();
    // draft 2020-12 plus our annotation keyword x-personal-data (known, so no "unknown keyword" warning)
    private static final JsonMetaSchema META_SCHEMA = JsonMetaSchema.builder(JsonMetaSchema.getV202012())
            .keyword(new AnnotationKeyword("x-personal-data")).build();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory
            .builder(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)).metaSchema(META_SCHEMA).build();

    private final Map<String, JsonSchema> schemaCache = new ConcurrentHashMap<>();
    private final Map<String, Upcaster> upcasters;

    /** A codec with the contract's own upcasters ({@link Upcasters}). */
    public EventCodec() {
        this(Upcasters.BUILT_IN.stream().collect(java.util.stream.Collectors.toMap(
                u -> key(u.eventType(), u.fromVersion()), u -> u)));
    }

    private EventCodec(Map<String, Upcaster> upcasters) {
        this.upcasters = upcasters;
    }

    /** A codec that also applies the given upcaster to older payloads. */
    public EventCodec withUpcaster(Upcaster upcaster) {
        Map<String, Upcaster> next = new HashMap<>(upcasters);
        next.put(key(upcaster.eventType(), upcaster.fromVersion()), upcaster);
        return new EventCodec(next);
    }

    /**
     * The mapper of the wire format: ISO-8601 times, amounts as decimal strings, absent optional
     * fields omitted, unknown fields ignored.
     */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static ObjectMapper newMapper() {
        ObjectMapper mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();
        mapper.configOverride(BigDecimal.class).setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING));
        return mapper;
    }

    public ObjectNode toJsonNode(DomainEvent event) {
        return MAPPER.valueToTree(event);
    }

    public String encode(DomainEvent event) {
        try {
            return MAPPER.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot serialise " + event.eventType(), e);
        }
    }

    public DomainEvent decode(String eventType, int schemaVersion, String payload) {
        JsonNode node;
        try {
            node = MAPPER.readTree(payload);
        } catch (JsonProcessingException e) {
            throw new InvalidEventPayload(eventType, List.of("$: not JSON: " + e.getOriginalMessage()));
        }
        return decode(eventType, schemaVersion, node);
    }

    /** Upcasts to the current version, validates against the schema, and maps to the record. */
    public DomainEvent decode(String eventType, int schemaVersion, JsonNode payload) {
        return decode(eventType, schemaVersion, payload, true);
    }

    /**
     * Decodes a payload read back from our own event store: one stored at the current schema version was
     * validated against that schema before it was stored (and rows are append-only), so it is not validated
     * again; an older one is upcast and validated as usual. Foreign payloads (Kafka) use {@link #decode}.
     */
    public DomainEvent decodeStored(String eventType, int schemaVersion, JsonNode payload) {
        return decode(eventType, schemaVersion, payload, false);
    }

    private DomainEvent decode(String eventType, int schemaVersion, JsonNode payload, boolean validateCurrent) {
        EventTypes.EventType type = EventTypes.byName(eventType)
                .orElseThrow(() -> new InvalidEventPayload(eventType, List.of("unknown event type " + eventType)));
        if (!(payload instanceof ObjectNode object)) {
            throw new InvalidEventPayload(eventType, List.of("$: payload must be a JSON object"));
        }
        ObjectNode current = object;
        int version = schemaVersion;
        while (version < type.schemaVersion()) {
            Upcaster upcaster = upcasters.get(key(eventType, version));
            if (upcaster == null) {
                throw new InvalidEventPayload(eventType,
                        List.of("no upcaster from schema version " + version + " to " + type.schemaVersion()));
            }
            current = upcaster.upcast(current.deepCopy());
            version++;
        }
        if (version != type.schemaVersion()) {
            throw new InvalidEventPayload(eventType, List.of("unsupported schema version " + schemaVersion));
        }
        if (validateCurrent || schemaVersion != type.schemaVersion()) {
            List<String> violations = validate(type, current);
            if (!violations.isEmpty()) {
                throw new InvalidEventPayload(eventType, violations);
            }
        }
        try {
            return MAPPER.treeToValue(current, type.recordClass());
        } catch (JsonProcessingException e) {
            throw new InvalidEventPayload(eventType, List.of(e.getOriginalMessage()));
        }
    }

    /** Schema violations of a payload, each naming the field; empty when valid. */
    public List<String> validate(EventTypes.EventType type, JsonNode payload) {
        Set<ValidationMessage> messages = schema(type).validate(payload);
        List<String> out = new ArrayList<>();
        for (ValidationMessage m : messages) {
            out.add(m.getMessage());
        }
        out.sort(String::compareTo);
        return out;
    }

    public JsonSchema schema(EventTypes.EventType type) {
        return schemaCache.computeIfAbsent(type.schemaPath(), path -> {
            try (InputStream in = EventCodec.class.getClassLoader().getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("schema missing from classpath: " + path);
                }
                return SCHEMAS.getSchema(MAPPER.readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static String key(String eventType, int version) {
        return eventType + "@" + version;
    }
}
