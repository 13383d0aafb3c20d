package io.dealstream.console.pages;

import com.fasterxml.jackson.databind.JsonNode;
import io.dealstream.console.forms.Forms;
import io.dealstream.console.forms.Html;
import java.util.Iterator;
import java.util.Map;

/** A service's JSON record as a readable, escaped definition list: labels from the property names, lists numbered. */
public final class RecordHtml {

    private RecordHtml() {
    }

    public static String render(JsonNode node) {
        StringBuilder out = new StringBuilder();
        value(out, node, 0);
        return out.toString();
    }

    private static void value(StringBuilder out, JsonNode node, int depth) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            out.append("<span class=\"meta\">—</span>");
        } else if (node.isObject()) {
            if (depth > 5 || node.isEmpty()) {
                out.append(node.isEmpty() ? "<span class=\"meta\">—</span>" : "…");
                return;
            }
            out.append("<dl class=\"record\">");
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                if (f.getValue().isNull() || (f.getValue().isContainerNode() && f.getValue().isEmpty())) {
                    continue; // what is not there is not shown
                }
                out.append("<dt>").append(Html.escape(label(f.getKey()))).append("</dt><dd>");
                value(out, f.getValue(), depth + 1);
                out.append("</dd>");
            }
            out.append("</dl>");
        } else if (node.isArray()) {
            out.append("<ol>");
            node.forEach(item -> {
                out.append("<li>");
                value(out, item, depth + 1);
                out.append("</li>");
            });
            out.append("</ol>");
        } else {
            out.append(Html.escape(node.asText()));
        }
    }

    /** "customerTalkShare" reads "customer talk share". */
    static String label(String property) {
        return Forms.label(property).toLowerCase();
    }
}
