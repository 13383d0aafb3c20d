package io.dealstream.localstack.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A service's published OpenAPI 3.1 document, asked whether a request body keeps the contract of its operation
 * (and whether a response does: {@link #responseViolations}): the schema the frontends and partners read is what tells a malformed request from a valid one,
 * not a guess from the valid body's JSON types.
 */
public final class RequestContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .pathType(PathType.JSON_POINTER).formatAssertionsEnabled(true).build();

    // draft 2020-12 (OpenAPI 3.1's dialect), where the document's components are only a place to look refs up in
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory
            .builder(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012))
            .metaSchema(JsonMetaSchema.builder(JsonMetaSchema.getV202012())
                    .keyword(new NonValidationKeyword("components")).build())
            .build();

    private final JsonNode document;

    private RequestContract(JsonNode document) {
        this.document = document;
    }

    /** The contract of the OpenAPI document {@code openApiJson} (as served at {@code /q/openapi?format=json}). */
    public static RequestContract of(String openApiJson) {
        try {
            return new RequestContract(JSON.readTree(openApiJson));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not an OpenAPI document in JSON", e);
        }
    }

    /**
     * The JSON body schema of {@code method} on {@code path} (a concrete path, matched against the document's
     * templates), or empty when the operation takes no JSON body.
     */
    public Optional<Body> body(String method, String path) {
        String template = template(path);
        String pointer = "/paths/" + escape(template) + "/" + method.toLowerCase()
                + "/requestBody/content/application~1json/schema";
        if (document.at(pointer).isMissingNode()) {
            return Optional.empty();
        }
        boolean required = document.at(pointer.replace("/content/application~1json/schema", "/required"))
                .asBoolean(false);
        return Optional.of(new Body(template, required, schemaOf(document.at(pointer))));
    }

    /** A schema of the document, beside its components so that #/components/schemas references resolve. */
    private JsonSchema schemaOf(JsonNode schema) {
        ObjectNode root = JSON.createObjectNode().put("$ref", "#/$defs/schema");
        root.putObject("$defs").set("schema", schema);
        root.set("components", document.path("components"));
        return SCHEMAS.getSchema(root, CONFIG);
    }

    /**
     * What in one response breaks what the document says of its operation: a status it does not list, a JSON body
     * without a documented schema or one the schema refuses (a null property counts as absent), a Location or
     * ETag header it does not declare. Empty when the response keeps the contract.
     */
    public List<String> responseViolations(String method, String path, int status, String contentType,
            java.util.function.Predicate<String> hasHeader, String body) {
        String template = template(path);
        String operation = "/paths/" + escape(template) + "/" + method.toLowerCase();
        if (document.at(operation).isMissingNode()) {
            return List.of(method + " " + template + " is not documented");
        }
        JsonNode response = document.at(operation + "/responses/" + status);
        if (response.isMissingNode()) {
            return List.of(method + " " + template + " answered " + status + ", which it does not document");
        }
        List<String> violations = new java.util.ArrayList<>();
        for (String header : List.of("Location", "ETag")) {
            if (hasHeader.test(header) && response.at("/headers/" + header).isMissingNode()) {
                violations.add(method + " " + template + " " + status + " sends " + header + " undeclared");
            }
        }
        String media = contentType == null ? "" : contentType.split(";")[0].strip();
        if (media.endsWith("json") && body != null && !body.isBlank()) {
            JsonNode schemaNode = response.at("/content/" + escape(media) + "/schema");
            if (schemaNode.isMissingNode() || schemaNode.isEmpty()) {
                violations.add(method + " " + template + " " + status + " " + media + " has no documented schema");
            } else {
                new Body(template, false, schemaOf(schemaNode)).violations(withoutNulls(body)).stream()
                        .map(v -> method + " " + template + " " + status + ": " + v).forEach(violations::add);
            }
        }
        return violations;
    }

    /** The document's path template {@code path} matches; a literal segment beats a parameter. */
    private String template(String path) {
        String bare = path.split("\\?")[0];
        List<String> templates = new java.util.ArrayList<>();
        document.path("paths").fieldNames().forEachRemaining(templates::add);
        return templates.stream().filter(t -> bare.matches(t.replaceAll("\\{[^/]+}", "[^/]+")))
                .min(java.util.Comparator.comparingLong(t -> t.chars().filter(c -> c == '{').count()))
                .orElseThrow(() -> new IllegalArgumentException("the OpenAPI document has no path for " + path));
    }

    private static String withoutNulls(String json) {
        try {
            JsonNode node = JSON.readTree(json);
            strip(node);
            return node.toString();
        } catch (JsonProcessingException e) {
            return json;
        }
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> nulls = new java.util.ArrayList<>();
            object.fields().forEachRemaining(f -> {
                if (f.getValue().isNull()) {
                    nulls.add(f.getKey());
                } else {
                    strip(f.getValue());
                }
            });
            object.remove(nulls);
        } else if (node instanceof ArrayNode array) {
            array.forEach(RequestContract::strip);
        }
    }

    private static String escape(String template) {
        return template.replace("~", "~0").replace("/", "~1");
    }

    /** One operation's request body schema. */
    public record Body(String template, boolean required, JsonSchema schema) {

        /** What in {@code json} breaks the schema; empty when it keeps the contract, one entry when it is no JSON. */
        public List<String> violations(String json) {
            JsonNode body;
            try {
                body = JSON.readTree(json);
            } catch (JsonProcessingException e) {
                return List.of("not JSON");
            }
            if (body == null || body.isMissingNode() || body.isNull()) {
                return required ? List.of("the request body is required") : List.of();
            }
            return schema.validate(body).stream().map(ValidationMessage::getMessage).sorted().toList();
        }
    }
}
