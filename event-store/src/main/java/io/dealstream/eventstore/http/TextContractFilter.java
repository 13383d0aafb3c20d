package io.dealstream.eventstore.http;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
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
}
