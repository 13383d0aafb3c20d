package io.dealstream.console.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * The JSON body of a command from its submitted form. It converts, it does not judge: a value that does not
 * convert (letters in a number) is sent as typed, so the service refuses it naming the field; blank optional
 * fields and blank rows are left out; the service's own validation is the only one.
 */
public final class FormBody {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private FormBody() {
    }

    public static ObjectNode of(List<FormField> fields, Map<String, String> values) {
        ObjectNode body = JSON.objectNode();
        for (FormField f : fields) {
            JsonNode value = value(f, values);
            if (value != null) {
                body.set(property(f.name()), value);
            }
        }
        return body;
    }

    private static JsonNode value(FormField f, Map<String, String> values) {
        String raw = values.getOrDefault(f.name(), "").strip();
        return switch (f.kind()) {
            case GROUP -> {
                ObjectNode group = of(f.children(), values);
                yield group.isEmpty() && !f.required() ? null : group;
            }
            case ROWS -> rows(f, values);
            case LINES -> {
                ArrayNode lines = JSON.arrayNode();
                raw.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(lines::add);
                yield lines.isEmpty() && !f.required() ? null : lines;
            }
            default -> raw.isEmpty() ? null : scalar(f.kind(), raw);
        };
    }

    private static JsonNode rows(FormField f, Map<String, String> values) {
        ArrayNode rows = JSON.arrayNode();
        for (int i : FormField.submittedRows(f.name(), values.keySet())) {
            int row = i;
            ObjectNode item = of(f.children().stream().map(c -> c.inRow(f.name(), row)).toList(), values);
            if (!item.isEmpty()) {
                rows.add(item);
            }
        }
        return rows.isEmpty() && !f.required() ? null : rows;
    }

    private static JsonNode scalar(FormField.Kind kind, String raw) {
        try {
            return switch (kind) {
                case INTEGER -> JSON.numberNode(new BigInteger(raw));
                case NUMBER -> JSON.numberNode(new BigDecimal(raw));
                case YES_NO -> raw.equals("true") || raw.equals("false") ? JSON.booleanNode(raw.equals("true")) : JSON.textNode(raw);
                // a browser's datetime-local has no zone: the console's times are UTC, and says so on the field
                case DATE_TIME -> JSON.textNode(raw.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d") ? raw + ":00Z"
                        : raw.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d") ? raw + "Z" : raw);
                default -> JSON.textNode(raw);
            };
        } catch (NumberFormatException notANumber) {
            return JSON.textNode(raw);
        }
    }

    /** The last segment of a field's path: {@code questions[0].text} is property {@code text} of its row. */
    private static String property(String name) {
        return name.substring(name.lastIndexOf('.') + 1);
    }
}
