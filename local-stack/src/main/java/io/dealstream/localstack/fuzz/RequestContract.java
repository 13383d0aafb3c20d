package io.dealstream.localstack.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A service's published OpenAPI 3.1 document, asked whether a request body keeps the contract of its
 * operation: the schema the frontends and partners read is what tells a malformed request from a valid one,
 * not a guess from the valid body's JSON types. Amounts travel as decimal strings while the schema types them
 * as numbers, so a decimal string where a number is documented is checked as that number.
 */
public final class RequestContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern DECIMAL = Pattern.compile("^-?[0-9]+(\\.[0-9]+)?$");
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
        var templates = document.path("paths").fieldNames();
        while (templates.hasNext()) {
            String template = templates.next();
            if (path.matches(template.replaceAll("\\{[^/]+}", "[^/]+"))) {
                String pointer = "/paths/" + escape(template) + "/" + method.toLowerCase()
                        + "/requestBody/content/application~1json/schema";
                if (document.at(pointer).isMissingNode()) {
                    return Optional.empty();
                }
                // the body schema beside the document's components, so its #/components/schemas references resolve
                ObjectNode root = JSON.createObjectNode().put("$ref", "#/$defs/body");
                root.putObject("$defs").set("body", document.at(pointer));
                root.set("components", document.path("components"));
                boolean required = document.at(pointer.replace("/content/application~1json/schema", "/required"))
                        .asBoolean(false);
                return Optional.of(new Body(template, required, SCHEMAS.getSchema(root, CONFIG)));
            }
        }
        throw new IllegalArgumentException("the OpenAPI document has no path for " + method + " " + path);
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
            for (int attempt = 0; attempt < 100; attempt++) {
                Set<ValidationMessage> messages = schema.validate(body);
                Optional<ValidationMessage> decimal = messages.stream().filter(Body::decimalWhereNumber).findFirst();
                if (decimal.isEmpty()) {
                    return messages.stream().map(ValidationMessage::getMessage).sorted().toList();
                }
                body = replaced(body, decimal.get().getInstanceLocation().toString(),
                        new DecimalNode(new BigDecimal(decimal.get().getInstanceNode().asText())));
            }
            return List.of("too many decimal strings");
        }

        private static boolean decimalWhereNumber(ValidationMessage m) {
            return "type".equals(m.getType()) && m.getInstanceNode() != null && m.getInstanceNode().isTextual()
                    && DECIMAL.matcher(m.getInstanceNode().asText()).matches()
                    && m.getMessage().contains("number");
        }

        private static JsonNode replaced(JsonNode body, String pointer, JsonNode value) {
            if (pointer.isEmpty()) {
                return value;
            }
            JsonNode copy = body.deepCopy();
            int slash = pointer.lastIndexOf('/');
            JsonNode parent = copy.at(pointer.substring(0, slash));
            String key = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
            if (parent instanceof ObjectNode object) {
                object.set(key, value);
            } else if (parent instanceof ArrayNode array) {
                array.set(Integer.parseInt(key), value);
            }
            return copy;
        }
    }
}
