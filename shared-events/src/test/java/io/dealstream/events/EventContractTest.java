package io.dealstream.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dealstream.events.EventTypes.EventType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every event of the catalogue: schema acceptance, frozen fixtures, tolerance and rejection. */
class EventContractTest {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    private final EventCodec codec = new EventCodec();
    private final ObjectMapper mapper = EventCodec.mapper();

    static Stream<EventType> eventTypes() {
        return EventTypes.all().stream();
    }

    @Test
    void catalogueCoversEveryServiceAndTheCrossServiceEvents() {
        for (Stage stage : Stage.values()) {
            assertThat(EventTypes.of(stage)).as(stage.name()).isNotEmpty();
        }
        assertThat(EventTypes.all()).extracting(EventType::name).contains("LeadQualified", "NeedsConfirmed",
                "ObjectionRaised", "ProposalAccepted", "ContractSigned", "DealLost", "AcceptanceSigned",
                "UpsellIdentified", "ReferralReceived");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void recordSerialisesToJsonItsSchemaAccepts(EventType type) {
        DomainEvent sample = SampleEvents.sample(type);
        ObjectNode json = codec.toJsonNode(sample);

        assertThat(codec.validate(type, json)).isEmpty();
        assertThat(codec.decode(type.name(), type.schemaVersion(), json)).isEqualTo(sample);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void frozenFixtureParsesBackToTheEqualRecord(EventType type) throws IOException {
        String resource = "fixtures/" + type.stage().id() + "/" + type.name() + ".json";
        DomainEvent expected = SampleEvents.sample(type);
        if (Boolean.getBoolean("fixtures.write")) {
            Path file = FIXTURES.resolve(type.stage().id()).resolve(type.name() + ".json");
            Files.createDirectories(file.getParent());
            Files.writeString(file, mapper.copy().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(expected) + "\n");
        }
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as("fixture " + resource + " (write with -Dfixtures.write=true)").isNotNull();
            String fixture = new String(in.readAllBytes(), StandardCharsets.UTF_8);

            assertThat(codec.decode(type.name(), type.schemaVersion(), fixture)).isEqualTo(expected);
        }
    }

    /** Payloads frozen before an optional field was added (fixtures/previous): still valid, the new field absent. */
    @Test
    void payloadsFromBeforeAnOptionalFieldWasAddedStillDecode() throws IOException {
        Path previous = FIXTURES.resolve("previous");
        try (Stream<Path> files = Files.walk(previous)) {
            List<Path> fixtures = files.filter(f -> f.toString().endsWith(".json")).toList();
            assertThat(fixtures).isNotEmpty();
            for (Path file : fixtures) {
                String name = file.getFileName().toString().replace(".json", "");
                EventType type = EventTypes.byName(name).orElseThrow();
                DomainEvent decoded = codec.decode(name, type.schemaVersion(), Files.readString(file));
                assertThat(decoded).as(name).isInstanceOf(type.recordClass());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void unknownExtraFieldIsTolerated(EventType type) {
        DomainEvent sample = SampleEvents.sample(type);
        ObjectNode json = codec.toJsonNode(sample);
        json.put("addedInAFutureVersion", "ignored by today's readers");

        assertThat(codec.decode(type.name(), type.schemaVersion(), json)).isEqualTo(sample);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void payloadMissingARequiredFieldIsRejectedNamingTheField(EventType type) {
        ObjectNode json = codec.toJsonNode(SampleEvents.sample(type));
        JsonNode required = codec.schema(type).getSchemaNode().get("required");
        assertThat(required).as("required fields of " + type.name()).isNotNull();
        String field = required.get(0).asText();
        json.remove(field);

        assertThatThrownBy(() -> codec.decode(type.name(), type.schemaVersion(), json))
                .isInstanceOf(InvalidEventPayload.class)
                .hasMessageContaining(field);
    }

    @Test
    void wrongTypeAndUnknownEnumValueAreRejectedNamingTheField() {
        EventType type = EventTypes.byName("LeadCaptured").orElseThrow();
        ObjectNode json = codec.toJsonNode(SampleEvents.sample(type));
        json.put("channel", "CARRIER_PIGEON");
        json.put("leadId", 42);

        assertThatThrownBy(() -> codec.decode("LeadCaptured", 1, json))
                .isInstanceOf(InvalidEventPayload.class)
                .hasMessageContaining("channel")
                .hasMessageContaining("leadId");
    }

    @Test
    void unknownEventTypeIsRejected() {
        assertThatThrownBy(() -> codec.decode("LeadTeleported", 1, "{}"))
                .isInstanceOf(InvalidEventPayload.class)
                .hasMessageContaining("unknown event type");
    }

    @Test
    void amountsTravelAsDecimalStrings() {
        EventType type = EventTypes.byName("OrderConfirmed").orElseThrow();
        JsonNode json = codec.toJsonNode(SampleEvents.sample(type));

        assertThat(json.at("/total/amount").isTextual()).isTrue();
        assertThat(json.at("/total/amount").asText()).isEqualTo("1250.50");
    }
}
