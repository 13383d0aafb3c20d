package io.dealstream.console.forms;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A command's form fields from the request-body schema its service publishes: nothing per command is coded here. */
public final class Forms {

    private Forms() {
    }

    /** The fields of a body schema (an object), in the document's property order. */
    public static List<FormField> fields(JsonNode bodySchema, JsonNode document) {
        JsonNode schema = Schemas.resolve(bodySchema, document);
        return properties("", schema, document, 0);
    }

    private static List<FormField> properties(String prefix, JsonNode schema, JsonNode document, int depth) {
        List<FormField> out = new ArrayList<>();
        if (depth > 6) {
            return out;
        }
        Set<String> required = new HashSet<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        schema.path("properties").fields().forEachRemaining(p -> out.add(field(prefix + p.getKey(), p.getKey(),
                Schemas.resolve(p.getValue(), document), required.contains(p.getKey()), document, depth)));
        return out;
    }

    private static FormField field(String name, String property, JsonNode s, boolean required, JsonNode document, int depth) {
        String label = label(property);
        String help = s.path("description").asText(null);
        String type = Schemas.type(s);
        if (s.has("enum")) {
            List<String> options = new ArrayList<>();
            s.get("enum").forEach(v -> {
                if (!v.isNull()) {
                    options.add(v.asText());
                }
            });
            return new FormField(name, label, help, FormField.Kind.CHOICE, required, options, null, 0);
        }
        switch (type) {
            case "object":
                return new FormField(name, label, help, FormField.Kind.GROUP, required, null,
                        properties(name + ".", s, document, depth + 1), 0);
            case "array": {
                JsonNode items = Schemas.resolve(s.path("items"), document);
                if ("object".equals(Schemas.type(items)) && !items.has("enum")) {
                    int min = Math.max(1, s.path("minItems").asInt(required ? 1 : 0));
                    return new FormField(name, label, help, FormField.Kind.ROWS, required, null,
                            properties(name + FormField.ROW + ".", items, document, depth + 1), min);
                }
                String itemHelp = items.has("enum") ? "one per line: " + String.join(", ", texts(items.get("enum"))) : null;
                return new FormField(name, label, join(help, itemHelp != null ? itemHelp : "one per line"),
                        FormField.Kind.LINES, required, null, null, 0);
            }
            case "integer":
                return new FormField(name, label, help, FormField.Kind.INTEGER, required, null, null, 0);
            case "number":
                return new FormField(name, label, help, FormField.Kind.NUMBER, required, null, null, 0);
            case "boolean":
                return new FormField(name, label, help, FormField.Kind.YES_NO, required, List.of("true", "false"), null, 0);
            default: {
                String format = s.path("format").asText("");
                FormField.Kind kind = switch (format) {
                    case "date" -> FormField.Kind.DATE;
                    case "date-time" -> FormField.Kind.DATE_TIME;
                    default -> s.path("maxLength").asInt(0) > 300 ? FormField.Kind.LONG_TEXT : FormField.Kind.TEXT;
                };
                return new FormField(name, label, help, kind, required, null, null, 0);
            }
        }
    }

    /** "customerTalkShare" reads "Customer talk share". */
    public static String label(String property) {
        String spaced = property.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase();
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    private static List<String> texts(JsonNode values) {
        List<String> out = new ArrayList<>();
        values.forEach(v -> out.add(v.asText()));
        return out;
    }

    private static String join(String a, String b) {
        return a == null ? b : a + " (" + b + ")";
    }
}
