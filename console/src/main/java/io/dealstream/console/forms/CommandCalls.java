package io.dealstream.console.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.dealstream.console.services.Service;
import io.dealstream.console.signin.SignedInUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.MediaType;
import java.util.concurrent.TimeUnit;
import jakarta.ws.rs.core.Response;

/**
 * Sends a command as its service publishes it: the path and body its OpenAPI document describes, the user's
 * token, and the form's Idempotency-Key, so that a second click on the same form is the same command.
 */
@ApplicationScoped
public class CommandCalls {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Client http = ClientBuilder.newBuilder().connectTimeout(2, TimeUnit.SECONDS)
            .readTimeout(15, TimeUnit.SECONDS).build();
    private final SignedInUser user;

    public CommandCalls(SignedInUser user) {
        this.user = user;
    }

    /** The service's answer: its status and its JSON body (a problem+json on refusal). */
    public record Answer(int status, JsonNode body) {
        public boolean accepted() {
            return status >= 200 && status < 300;
        }
    }

    public Answer post(Service service, String path, String idempotencyKey, JsonNode body) {
        try (Response response = http.target(ApiDocuments.baseUrl(service) + path).request(MediaType.APPLICATION_JSON)
                .header("Authorization", "Bearer " + user.token()).header("Idempotency-Key", idempotencyKey)
                .post(body == null ? Entity.json("") : Entity.json(JSON.writeValueAsString(body)))) {
            String text = response.readEntity(String.class);
            JsonNode answer = text == null || text.isBlank() ? JsonNodeFactory.instance.objectNode() : JSON.readTree(text);
            return new Answer(response.getStatus(), answer);
        } catch (ProcessingException | java.io.IOException unreachable) {
            return new Answer(503, JsonNodeFactory.instance.objectNode().put("title", service.title() + " is unreachable")
                    .put("detail", "No answer came. Your input is kept with the same Idempotency-Key, so sending it again "
                            + "cannot do it twice."));
        }
    }
}
