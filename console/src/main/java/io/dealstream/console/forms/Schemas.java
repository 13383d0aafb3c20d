package io.dealstream.console.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Reading an OpenAPI 3.1 schema as the console needs it: references followed, wrappers unwrapped. */
final class Schemas {

    private Schemas() {
    }

    /**
     * The schema with its {@code $ref} replaced by the referenced one and a single-member {@code allOf} or a
     * "value or null" {@code anyOf}/{@code oneOf} unwrapped; the outer description wins over the inner one.
     */
    static JsonNode resolve(JsonNode schema, JsonNode document) {
        JsonNode s = schema;
        for (int depth = 0; depth < 20 && s != null; depth++) {
            JsonNode next = null;
            if (s.hasNonNull("$ref")) {
                next = document.at(s.get("$ref").asText().replaceFirst("^#", ""));
            } else if (s.path("allOf").size() == 1) {
                next = s.get("allOf").get(0);
            } else if (s.path("anyOf").size() > 0) {
                next = firstNotNull(s.get("anyOf"));
            } else if (s.path("oneOf").size() > 0) {
                next = firstNotNull(s.get("oneOf"));
            }
            if (next == null || next.isMissingNode()) {
                return s;
            }
            s = merged(next, s);
        }
        return s;
    }

    /** The schema's type, the first that is not "null" when it names several. */
    static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asText())) {
                    return t.asText();
                }
            }
            return "null";
        }
        if (type.isMissingNode() && schema.has("properties")) {
            return "object";
        }
        return type.asText("string");
    }

    private static JsonNode firstNotNull(JsonNode options) {
        for (JsonNode option : options) {
            if (!"null".equals(option.path("type").asText())) {
                return option;
            }
        }
        return null;
    }

    /** The inner schema with the outer one's own words (description, bounds) on top. */
    private static JsonNode merged(JsonNode inner, JsonNode outer) {
        ObjectNode out = inner.isObject() ? ((ObjectNode) inner).deepCopy() : JsonNodeFactory.instance.objectNode();
        outer.fields().forEachRemaining(e -> {
            if (!e.getKey().equals("$ref") && !e.getKey().equals("allOf") && !e.getKey().equals("anyOf")
                    && !e.getKey().equals("oneOf")) {
                out.set(e.getKey(), e.getValue());
            }
        });
        return out;
    }
}
