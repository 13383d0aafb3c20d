package io.dealstream.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dealstream.events.Stage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.LinkedHashMap;

/**
 * A service's Debezium connector configuration, kept once as Kafka Connect JSON under
 * {@code connectors/<stage>.json} and used by the local stack, docker-compose and Kubernetes alike.
 */
public final class ConnectorConfig {

    private ConnectorConfig() {
    }

    public static String resource(Stage stage) {
        return "connectors/" + stage.id() + ".json";
    }

    /** The connector's name, as Kafka Connect knows it. */
    public static String name(Stage stage) {
        return read(stage).path("name").asText();
    }

    /** The {@code config} object of the connector JSON, in file order. */
    public static Map<String, String> config(Stage stage) {
        Map<String, String> config = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = read(stage).path("config").fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            config.put(field.getKey(), field.getValue().asText());
        }
        return config;
    }

    private static JsonNode read(Stage stage) {
        try (InputStream in = ConnectorConfig.class.getClassLoader().getResourceAsStream(resource(stage))) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource(stage));
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
