package io.dealstream.console.forms;

import com.fasterxml.jackson.databind.JsonNode;
import io.dealstream.console.services.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One command a service publishes (a POST in its OpenAPI document): what it is called, who may call it (the
 * roles of its security requirement), and its form. {@code action} is the path under the opportunity, e.g.
 * {@code objections/{objectionId}/answer}; empty for a command that creates (capture a lead, register an account).
 */
public record CommandOperation(Service service, String path, String action, String summary, String description,
        List<String> roles, List<FormField> fields, boolean hasBody, List<String> pathParameters) {

    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");

    static CommandOperation of(Service service, String path, JsonNode operation, JsonNode document) {
        List<String> roles = new ArrayList<>();
        operation.path("security").forEach(requirement -> requirement.fields()
                .forEachRemaining(scheme -> scheme.getValue().forEach(role -> roles.add(role.asText()))));
        JsonNode body = operation.path("requestBody").path("content").path("application/json").path("schema");
        List<FormField> fields = body.isMissingNode() ? List.of() : Forms.fields(body, document);
        String prefix = service.collection() + "/{id}/";
        String action = path.startsWith(prefix) ? path.substring(prefix.length()) : "";
        List<String> parameters = new ArrayList<>();
        Matcher m = PARAMETER.matcher(action);
        while (m.find()) {
            parameters.add(m.group(1));
        }
        return new CommandOperation(service, path, action, operation.path("summary").asText(path),
                operation.path("description").asText(""), List.copyOf(roles), fields, !body.isMissingNode(),
                List.copyOf(parameters));
    }

    /** The path to post to for one opportunity, with the other path parameters filled in (already URL-safe). */
    public String pathFor(String opportunityId, Map<String, String> parameters) {
        String out = path.replace("{id}", opportunityId);
        for (String p : pathParameters) {
            out = out.replace("{" + p + "}", java.net.URLEncoder.encode(parameters.getOrDefault(p, ""),
                    java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return out;
    }
}
