package io.dealstream.eventstore.http;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Publishes in every service's OpenAPI document the one text rule that no annotation states: no text
 * holds the NUL character ({@link NoNulText}). Registered for all services in event-store's
 * microprofile-config.properties.
 */
public class TextContractFilter implements OASFilter {

    /**
     * What an e-mail field holds, as published: Bean Validation's {@code @Email} states nothing in the
     * schema, and the JSON Schema "email" format is stricter than it (it refuses addresses under reserved
     * top-level domains such as .example), so e-mail fields carry this pattern as well and are checked
     * against it. Blank is allowed: an optional e-mail left empty is absent.
     */
    public static final String EMAIL = "^$|^[^@\\s]+@[^@\\s]+$";

    @Override
    public Schema filterSchema(Schema schema) {
        boolean freeText = schema.getType() != null && schema.getType().contains(Schema.SchemaType.STRING)
                && schema.getEnumeration() == null && schema.getFormat() == null && schema.getNot() == null;
        if (freeText) {
            schema.not(OASFactory.createSchema().pattern("\u0000").description(NoNulText.RULE));
        }
        return schema;
    }

    /** Amounts' patterns are complete only in the final document (the decimal schema is merged in last). */
    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getComponents() != null && api.getComponents().getSchemas() != null) {
            api.getComponents().getSchemas().values().forEach(s -> visit(s, 0));
        }
    }

    private static void visit(Schema schema, int depth) {
        if (schema == null || depth > 20) {
            return;
        }
        signedWhereNegativesAreAllowed(schema);
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(p -> visit(p, depth + 1));
        }
        visit(schema.getItems(), depth + 1);
    }

    /**
     * An amount's pattern comes from its {@code @Digits} and has no sign; a field without a lower bound at or above
     * zero takes negative amounts too, so its pattern allows the minus sign.
     */
    private static void signedWhereNegativesAreAllowed(Schema schema) {
        // the pattern Bean Validation's @Digits becomes on a decimal string
        boolean digits = schema.getPattern() != null && schema.getPattern().matches("\\^\\\\d\\{1,\\d+}\\(\\[\\.]\\\\d\\{1,\\d+}\\)\\?\\$");
        if (!digits) {
            return;
        }
        boolean nonNegative = (schema.getMinimum() != null && schema.getMinimum().signum() >= 0)
                || (schema.getExclusiveMinimum() != null && schema.getExclusiveMinimum().signum() >= 0);
        if (!nonNegative) {
            schema.pattern("^-?" + schema.getPattern().substring(1));
        }
    }
}
