package io.dealstream.console.forms;

import java.util.List;
import java.util.Map;

/**
 * Renders a command's fields as accessible HTML form controls: every control labelled, its help and its error
 * tied to it (aria-describedby), values typed so far kept, and a row list that grows with "Add another".
 */
public final class FormHtml {

    private FormHtml() {
    }

    public static String render(List<FormField> fields, Map<String, String> values, Map<String, String> errors) {
        StringBuilder out = new StringBuilder();
        fields.forEach(f -> field(out, f, values, errors));
        return out.toString();
    }

    private static void field(StringBuilder out, FormField f, Map<String, String> values, Map<String, String> errors) {
        switch (f.kind()) {
            case GROUP -> {
                out.append("<fieldset class=\"group\"><legend>").append(Html.escape(f.label())).append(required(f))
                        .append("</legend>");
                help(out, f);
                error(out, f, errors);
                f.children().forEach(c -> field(out, c, values, errors));
                out.append("</fieldset>");
            }
            case ROWS -> rows(out, f, values, errors);
            default -> control(out, f, values.getOrDefault(f.name(), ""), errors);
        }
    }

    private static void rows(StringBuilder out, FormField f, Map<String, String> values, Map<String, String> errors) {
        var submitted = FormField.submittedRows(f.name(), values.keySet());
        int count = Math.max(f.minRows(), submitted.isEmpty() ? 0 : submitted.last() + 1);
        out.append("<fieldset class=\"rows\" data-rows=\"").append(Html.escape(f.name())).append("\"><legend>")
                .append(Html.escape(f.label())).append(required(f)).append("</legend>");
        help(out, f);
        error(out, f, errors);
        for (int i = 0; i < count; i++) {
            row(out, f, i, values, errors);
        }
        // the pattern of one more row; console.js numbers it and adds it
        out.append("<template>");
        row(out, f, -1, Map.of(), Map.of());
        out.append("</template><button type=\"button\" class=\"add-row\">Add another ")
                .append(Html.escape(singular(f.label()).toLowerCase())).append("</button></fieldset>");
    }

    private static void row(StringBuilder out, FormField f, int index, Map<String, String> values, Map<String, String> errors) {
        out.append("<fieldset class=\"row\"><legend>").append(Html.escape(singular(f.label()))).append(' ')
                .append(index < 0 ? "__n__" : String.valueOf(index + 1)).append("</legend>");
        for (FormField child : f.children()) {
            FormField c = index < 0 ? child.inRowPlaceholder(f.name()) : child.inRow(f.name(), index);
            field(out, c, values, errors);
        }
        out.append("</fieldset>");
    }

    /** One row of "Questions" is a "Question", of "Key people" still "Key people". */
    static String singular(String label) {
        if (label.endsWith("ies")) {
            return label.substring(0, label.length() - 3) + "y";
        }
        return label.endsWith("s") && !label.endsWith("ss") ? label.substring(0, label.length() - 1) : label;
    }


    private static void control(StringBuilder out, FormField f, String value, Map<String, String> errors) {
        String id = id(f.name());
        String error = errors.get(f.name());
        out.append("<div class=\"field").append(error != null ? " invalid" : "").append("\"><label for=\"").append(id)
                .append("\">").append(Html.escape(f.label()));
        if (f.kind() == FormField.Kind.DATE_TIME) {
            out.append(" (UTC)");
        }
        out.append(required(f)).append("</label>");
        String described = (f.help() != null ? id + "-help " : "") + (error != null ? id + "-error" : "");
        String common = " id=\"" + id + "\" name=\"" + Html.escape(f.name()) + "\""
                + (f.required() ? " aria-required=\"true\"" : "")
                + (error != null ? " aria-invalid=\"true\"" : "")
                + (described.isBlank() ? "" : " aria-describedby=\"" + described.strip() + "\"");
        switch (f.kind()) {
            case LONG_TEXT, LINES -> out.append("<textarea rows=\"3\"").append(common).append('>')
                    .append(Html.escape(value)).append("</textarea>");
            case CHOICE, YES_NO -> {
                out.append("<select").append(common).append("><option value=\"\">—</option>");
                for (String option : f.options()) {
                    out.append("<option value=\"").append(Html.escape(option)).append('"')
                            .append(option.equals(value) ? " selected" : "").append('>')
                            .append(Html.escape(f.kind() == FormField.Kind.YES_NO ? (option.equals("true") ? "yes" : "no") : option))
                            .append("</option>");
                }
                out.append("</select>");
            }
            default -> out.append("<input type=\"").append(inputType(f.kind())).append('"')
                    .append(f.kind() == FormField.Kind.NUMBER ? " inputmode=\"decimal\"" : "")
                    .append(common).append(" value=\"").append(Html.escape(value)).append("\">");
        }
        if (f.help() != null) {
            out.append("<small id=\"").append(id).append("-help\">").append(Html.escape(f.help())).append("</small>");
        }
        if (error != null) {
            out.append("<p class=\"error\" id=\"").append(id).append("-error\">").append(Html.escape(error)).append("</p>");
        }
        out.append("</div>");
    }

    private static void help(StringBuilder out, FormField f) {
        if (f.help() != null) {
            out.append("<small>").append(Html.escape(f.help())).append("</small>");
        }
    }

    private static void error(StringBuilder out, FormField f, Map<String, String> errors) {
        String error = errors.get(f.name());
        if (error != null) {
            out.append("<p class=\"error\">").append(Html.escape(error)).append("</p>");
        }
    }

    private static String inputType(FormField.Kind kind) {
        return switch (kind) {
            case INTEGER -> "number";
            case DATE -> "date";
            case DATE_TIME -> "datetime-local";
            default -> "text";
        };
    }

    private static String required(FormField f) {
        return f.required() ? " <span class=\"required\" aria-hidden=\"true\">*</span><span class=\"sr-only\">(required)</span>" : "";
    }

    /** An element id from a field name: {@code questions[0].text} becomes {@code f-questions-0--text}. */
    static String id(String name) {
        return "f-" + name.replaceAll("[^A-Za-z0-9_-]", "-");
    }
}
