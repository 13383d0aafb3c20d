package io.dealstream.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dealstream.events.Stage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Properties;

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

    /** The {@code config} object of the connector JSON as properties. */
    public static Properties load(Stage stage) {
        try (InputStream in = ConnectorConfig.class.getClassLoader().getResourceAsStream(resource(stage))) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource(stage));
            }
            JsonNode root = new ObjectMapper().readTree(in);
            Properties props = new Properties();
            props.setProperty("name", root.path("name").asText());
            Iterator<Map.Entry<String, JsonNode>> fields = root.path("config").fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                props.setProperty(field.getKey(), field.getValue().asText());
            }
            return props;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
