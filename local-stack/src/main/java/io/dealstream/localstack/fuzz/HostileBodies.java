package io.dealstream.localstack.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Generates malformed and hostile variants of a valid JSON request body: every field (at any depth)
 * missing, of a wrong type, oversize, negative, or holding hostile text (SQL and script injection, control
 * and bidi characters, astral unicode, format strings, JNDI lookups, path traversal); truncated and
 * mangled bodies; non-objects and absurd nesting. Whether a case is malformed is for the service's published
 * OpenAPI contract to say ({@link RequestContract}); each case's own flag (not JSON, or a JSON type other than
 * the valid body's) is only the fallback for an operation that publishes no body schema.
 */
public final class HostileBodies {

    /**
     * One generated body; {@code pointer} and {@code text} name the field holding a hostile text and that
     * text, so an accepted one can be read back (null for the other cases).
     */
    public record Case(String body, boolean malformed, String description, String pointer, String text) {

        Case(String body, boolean malformed, String description) {
            this(body, malformed, description, null, null);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    public static final List<String> HOSTILE_TEXT = List.of("Robert'); DROP TABLE events;--", "' OR '1'='1",
            "<script>alert(1)</script>", "\\u0000nul", "\u0000", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🚀🔥", "\u202Eevil\u202C", "\u200B\u200B",
            "%s%s%n", "${jndi:ldap://x/a}", "../../etc/passwd", "Ω≈ç√∫", "null", "", "-1", "1e309",
            "9999999999999999999999999999.99", "2026-02-30T25:61:00Z");

    private static final List<Function<JsonNode, JsonNode>> WRONG_TYPES = List.of(
            v -> NODES.numberNode(42), v -> NODES.booleanNode(true),
            v -> JSON.createArrayNode().add("x"), v -> JSON.createObjectNode().put("x", 1),
            v -> NODES.textNode("not-a-" + v.getNodeType()), v -> NODES.numberNode(-1.5e300),
            v -> NODES.numberNode(-1), v -> NODES.textNode("x".repeat(100_000)));

    private HostileBodies() {
    }

    public static List<Case> of(String validBody, long seed) {
        ObjectNode valid;
        try {
            valid = (ObjectNode) JSON.readTree(validBody);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a JSON object: " + validBody, e);
        }
        List<Case> cases = new ArrayList<>();
        mutate(valid, valid, "", cases);
        Random random = new Random(seed);
        for (int i = 0; i < 20; i++) {
            // never cut to nothing: an empty body is "no body", which an endpoint may take as all defaults
            int cut = 1 + random.nextInt(validBody.length() - 1);
            cases.add(new Case(validBody.substring(0, cut), true, "truncated at " + cut));
            String mangled = validBody.replace("\"", i % 2 == 0 ? "'" : "");
            if (!mangled.equals(validBody)) {
                cases.add(new Case(mangled, true, "quotes mangled"));
            }
        }
        cases.add(new Case("[]", true, "an array"));
        // a JSON null is "no body": refused where a body is required, all defaults where it is optional
        cases.add(new Case("null", false, "null"));
        cases.add(new Case("\"text\"", true, "a string"));
        cases.add(new Case("{\"x\": " + "[".repeat(5000) + "]".repeat(5000) + "}", true, "nesting 5000 deep"));
        return cases;
    }

    /** Mutates each field of {@code node} (a container inside {@code root}) in a copy of the root. */
    private static void mutate(ObjectNode root, ContainerNode<?> node, String pointer, List<Case> out) {
        List<String> keys = new ArrayList<>();
        if (node instanceof ObjectNode object) {
            object.fieldNames().forEachRemaining(keys::add);
        } else if (node instanceof ArrayNode array && !array.isEmpty()) {
            keys.add("0");
        }
        for (String key : keys) {
            String path = pointer + "/" + key;
            JsonNode value = node instanceof ArrayNode array ? array.get(0) : ((ObjectNode) node).get(key);
            if (node instanceof ObjectNode) {
                ObjectNode missing = root.deepCopy();
                ((ObjectNode) missing.at(pointer.isEmpty() ? "" : pointer)).remove(key);
                // some fields are optional: a missing one only must not be a 5xx
                out.add(new Case(missing.toString(), false, path + " missing"));
            }
            for (Function<JsonNode, JsonNode> wrong : WRONG_TYPES) {
                JsonNode mutated = wrong.apply(value);
                boolean differentType = mutated.getNodeType() != value.getNodeType();
                boolean oversize = mutated.isTextual() && mutated.asText().length() > 10_000;
                out.add(new Case(replaced(root, pointer, key, mutated).toString(), differentType || oversize,
                        path + " = " + abbreviate(mutated.toString())));
            }
            if (value.isTextual()) {
                for (String text : HOSTILE_TEXT) {
                    out.add(new Case(replaced(root, pointer, key, NODES.textNode(text)).toString(), false,
                            path + " = " + abbreviate(text), path, text));
                }
            }
            if (value instanceof ContainerNode<?> container) {
                mutate(root, container, path, out);
            }
        }
    }

    private static ObjectNode replaced(ObjectNode root, String pointer, String key, JsonNode value) {
        ObjectNode copy = root.deepCopy();
        JsonNode parent = pointer.isEmpty() ? copy : copy.at(pointer);
        if (parent instanceof ObjectNode object) {
            object.set(key, value);
        } else if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(key), value);
        }
        return copy;
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }
}
