package io.dealstream.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.dealstream.events.EventTypes.EventType;
import io.dealstream.events.schema.ContractFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The committed schemas and AsyncAPI document are what the records say; drift fails the build. */
class ContractFilesTest {

    private static final Path RESOURCES = Path.of("src/main/resources");

    @Test
    void committedContractFilesMatchTheRecords() throws IOException {
        for (Map.Entry<String, String> file : ContractFiles.expected().entrySet()) {
            Path path = RESOURCES.resolve(file.getKey());
            assertThat(path).as("missing; regenerate with ContractFiles (see its javadoc)").exists();
            assertThat(Files.readString(path))
                    .as(file.getKey() + " is stale; regenerate with ContractFiles (see its javadoc)")
                    .isEqualTo(file.getValue());
        }
    }

    /** Meaning, not text: the committed document parses to what the generator builds (a 1.0 stays a string). */
    @Test
    void theCommittedAsyncApiMeansWhatTheGeneratorBuilds() throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        JsonNode committed = yaml.readTree(RESOURCES.resolve("asyncapi.yaml").toFile());
        JsonNode generated = yaml.readTree(ContractFiles.expected().get(ContractFiles.ASYNCAPI));
        assertThat(committed).isEqualTo(generated);
        JsonNode specVersion = committed.at("/components/schemas/CloudEventHeaders/properties/ce_specversion/const");
        assertThat(specVersion.isTextual()).as("ce_specversion const must be the string 1.0").isTrue();
        assertThat(specVersion.asText()).isEqualTo("1.0");
    }

    @Test
    void asyncApiDescribesEveryTopicAndMessageWithItsSchema() throws IOException {
        JsonNode doc = new ObjectMapper(new YAMLFactory()).readTree(RESOURCES.resolve("asyncapi.yaml").toFile());

        assertThat(doc.path("asyncapi").asText()).isEqualTo("3.0.0");
        for (Stage stage : Stage.values()) {
            assertThat(doc.at("/channels/" + stage.id() + "Events/address").asText()).isEqualTo(stage.topic());
        }
        for (EventType type : EventTypes.all()) {
            JsonNode message = doc.at("/components/messages/" + type.name());
            assertThat(message.isMissingNode()).as(type.name()).isFalse();
            String payloadRef = message.at("/payload/$ref").asText();
            assertThat(RESOURCES.resolve(payloadRef.substring(2))).exists();
            assertThat(message.at("/bindings/kafka/key/$ref").asText()).isEqualTo("#/components/schemas/OpportunityKey");
            // ce_type is machine-readable per message, not only in its summary
            assertThat(message.at("/headers/allOf/1/properties/ce_type/const").asText()).isEqualTo(type.cloudEventType());
            assertThat(doc.at("/channels/" + type.stage().id() + "Events/messages/" + type.name()).isMissingNode())
                    .isFalse();
        }
        for (String service : Topics.DEAD_LETTER_SERVICES) {
            assertThat(doc.at("/channels/" + service + "DeadLetters/address").asText()).isEqualTo(Topics.deadLetter(service));
        }
        assertThat(doc.at("/components/messages/DeadLetter/headers/required").toString()).contains("dead-letter-reason");
        JsonNode headers = doc.at("/components/schemas/CloudEventHeaders/required");
        assertThat(headers.toString()).contains("ce_id", "ce_type", "ce_source", "ce_subject", "ce_specversion");
    }
}
