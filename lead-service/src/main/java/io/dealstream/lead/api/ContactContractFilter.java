package io.dealstream.lead.api;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * States in lead-service's OpenAPI document what no annotation can: a contact needs a way to reach them, an
 * e-mail or a phone (the rule contact-details-required, 422 for a blank one).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ContactContractFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Schema contact = openAPI.getComponents().getSchemas().get("ContactDto");
        if (contact != null) {
            contact.anyOf(List.of(reachableBy("email"), reachableBy("phone")));
            contact.description("A contact person: a name and a way to reach them, an e-mail or a phone "
                    + "(422 contact-details-required when both are blank)");
        }
    }

    private static Schema reachableBy(String property) {
        return OASFactory.createSchema().required(List.of(property));
    }
}
