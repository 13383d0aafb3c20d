package io.dealstream.events.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.dealstream.events.EventCodec;
import io.dealstream.events.EventTypes;
import io.dealstream.events.EventTypes.EventType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The contract files as they should be: one JSON Schema per event and {@code asyncapi.yaml}, keyed by
 * their path under {@code src/main/resources}. {@code main} rewrites them after a deliberate change:
 * {@code ./mvnw -pl shared-events -q exec:java -Dexec.mainClass=io.dealstream.events.schema.ContractFiles -Dexec.args=shared-events/src/main/resources}.
 */
public final class ContractFiles {

    public static final String ASYNCAPI = "asyncapi.yaml";

    private ContractFiles() {
    }

    public static Map<String, String> expected() {
        ObjectMapper json = EventCodec.newMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectMapper yaml = new ObjectMapper(YAMLFactory.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                // a string that reads like a number ("1.0") stays a string in YAML
                .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .build());
        JsonSchemaGenerator schemas = new JsonSchemaGenerator(json);
        Map<String, String> files = new LinkedHashMap<>();
        try {
            for (EventType type : EventTypes.all()) {
                files.put(type.schemaPath(), json.writeValueAsString(schemas.schemaOf(type)) + "\n");
            }
            files.put(ASYNCAPI, yaml.writeValueAsString(new AsyncApiGenerator(json).document("1.0.0")));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return files;
    }

    public static void main(String[] args) throws IOException {
        Path resources = Path.of(args.length > 0 ? args[0] : "src/main/resources");
        for (Map.Entry<String, String> file : expected().entrySet()) {
            Path target = resources.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue());
        }
        System.out.println("wrote " + expected().size() + " contract files under " + resources.toAbsolutePath());
    }
}
