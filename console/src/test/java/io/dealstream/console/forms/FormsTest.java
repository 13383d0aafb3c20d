package io.dealstream.console.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A command's form from its published schema, and its body back from what was typed. */
class FormsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final JsonNode document = read("""
            {"components": {"schemas": {
              "Meeting": {"type": "object", "required": ["format", "participants"], "properties": {
                "format": {"type": "string", "enum": ["ONSITE", "REMOTE"]},
                "durationMinutes": {"type": "integer"},
                "customerTalkShare": {"type": "number"},
                "price": {"type": "string", "pattern": "^\\\\d{1,15}([.]\\\\d{1,2})?$"},
                "heldAt": {"type": ["string", "null"], "format": "date-time"},
                "recorded": {"type": "boolean"},
                "goals": {"type": "array", "items": {"type": "string"}},
                "budget": {"$ref": "#/components/schemas/Budget"},
                "participants": {"type": "array", "minItems": 2, "items": {"$ref": "#/components/schemas/Participant"}}}},
              "Budget": {"type": "object", "required": ["currency"], "properties": {
                "min": {"type": "string"}, "currency": {"type": "string"}}},
              "Participant": {"type": "object", "required": ["name"], "properties": {
                "name": {"type": "string", "maxLength": 200}, "notes": {"type": "string", "maxLength": 4000}}}}}}""");
    private final List<FormField> fields = Forms.fields(read("{\"$ref\": \"#/components/schemas/Meeting\"}"), document);

    @Test
    void everyPropertyBecomesAFieldNamedAsTheServicesNameItsErrors() {
        assertThat(fields).extracting(FormField::name).containsExactly("format", "durationMinutes", "customerTalkShare",
                "price", "heldAt", "recorded", "goals", "budget", "participants");
        assertThat(fields).extracting(FormField::kind).containsExactly(FormField.Kind.CHOICE, FormField.Kind.INTEGER,
                FormField.Kind.NUMBER, FormField.Kind.TEXT, FormField.Kind.DATE_TIME, FormField.Kind.YES_NO,
                FormField.Kind.LINES, FormField.Kind.GROUP, FormField.Kind.ROWS);
        FormField participants = fields.get(8);
        assertThat(participants.minRows()).isEqualTo(2);
        assertThat(participants.children().get(0).inRow("participants", 1).name()).isEqualTo("participants[1].name");
        assertThat(participants.children().get(1).kind()).isEqualTo(FormField.Kind.LONG_TEXT);
        assertThat(fields.get(7).children()).extracting(FormField::name).containsExactly("budget.min", "budget.currency");
    }

    @Test
    void theBodyKeepsTypesLeavesOutBlanksAndEmptyRows() {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("format", "ONSITE");
        typed.put("durationMinutes", "90");
        typed.put("customerTalkShare", "0.7");
        typed.put("price", "48000.00");
        typed.put("heldAt", "2026-11-30T09:30");
        typed.put("recorded", "false");
        typed.put("goals", "plan in two hours\n\n  fewer systems  ");
        typed.put("budget.min", "");
        typed.put("budget.currency", "");
        typed.put("participants[0].name", "Alice");
        typed.put("participants[1].name", "");
        typed.put("participants[1].notes", "");
        typed.put("participants[2].name", "Li Wei");
        assertThat(FormBody.of(fields, typed).toString()).isEqualTo(read("""
                {"format": "ONSITE", "durationMinutes": 90, "customerTalkShare": 0.7, "price": "48000.00",
                 "heldAt": "2026-11-30T09:30:00Z", "recorded": false, "goals": ["plan in two hours", "fewer systems"],
                 "participants": [{"name": "Alice"}, {"name": "Li Wei"}]}""").toString());
    }

    @Test
    void whatDoesNotConvertIsSentAsTypedForTheServiceToName() {
        JsonNode body = FormBody.of(fields, Map.of("durationMinutes", "ninety", "format", "ONSITE"));
        assertThat(body.get("durationMinutes").asText()).isEqualTo("ninety");
        assertThat(body.get("participants")).as("a required list is sent, empty").isEmpty();
    }

    @Test
    void theFormEscapesWhatWasTypedAndShowsEachErrorAtItsField() {
        String html = FormHtml.render(fields, Map.of("participants[0].name", "\"><script>x</script>"),
                Map.of("participants[0].name", "must not be <blank>"));
        assertThat(html).contains("value=\"&quot;&gt;&lt;script&gt;x&lt;/script&gt;\"")
                .contains("aria-invalid=\"true\"").contains("must not be &lt;blank&gt;")
                .contains("aria-describedby=\"f-participants-0--name-error\"").doesNotContain("<script>");
        assertThat(html).contains("<template>").contains("participants[__i__].name").contains("<legend>Participant 1</legend>")
                .contains("Add another participant");
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
