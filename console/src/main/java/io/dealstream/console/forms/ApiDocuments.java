package io.dealstream.console.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dealstream.console.services.Service;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.core.MediaType;
import java.util.concurrent.TimeUnit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Each service's published OpenAPI document ({@code /q/openapi}), read once and kept: the commands the console
 * offers, their roles and their forms all come from it. A service that cannot be reached is asked again next time.
 */
@ApplicationScoped
public class ApiDocuments {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Map<Service, List<CommandOperation>> commands = new ConcurrentHashMap<>();
    private final Client http = ClientBuilder.newBuilder().connectTimeout(2, TimeUnit.SECONDS)
            .readTimeout(15, TimeUnit.SECONDS).build();

    /** The base URL of a service, as configured for its REST client. */
    public static String baseUrl(Service service) {
        return ConfigProvider.getConfig().getValue("quarkus.rest-client." + service.key() + ".url", String.class)
                .replaceAll("/+$", "");
    }

    /** Every command of a service, in the document's order. */
    public List<CommandOperation> commands(Service service) {
        List<CommandOperation> known = commands.get(service);
        if (known != null) {
            return known;
        }
        List<CommandOperation> read = read(service);
        commands.put(service, read);
        return read;
    }

    /** The command at a path template of a service, e.g. {@code /proposals/{id}/objections}. */
    public Optional<CommandOperation> command(Service service, String path) {
        return commands(service).stream().filter(c -> c.path().equals(path)).findFirst();
    }

    private List<CommandOperation> read(Service service) {
        String text = http.target(baseUrl(service)).path("/q/openapi").queryParam("format", "json")
                .request(MediaType.APPLICATION_JSON).get(String.class);
        try {
            JsonNode document = JSON.readTree(text);
            List<CommandOperation> out = new ArrayList<>();
            document.path("paths").fields().forEachRemaining(path -> {
                JsonNode post = path.getValue().path("post");
                if (!post.isMissingNode()) {
                    out.add(CommandOperation.of(service, path.getKey(), post, document));
                }
            });
            return List.copyOf(out);
        } catch (IOException e) {
            throw new IllegalStateException(service.key() + "'s OpenAPI document is unreadable", e);
        }
    }
}
