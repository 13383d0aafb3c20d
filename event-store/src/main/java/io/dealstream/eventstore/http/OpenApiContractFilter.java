package io.dealstream.eventstore.http;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Publishes in every service's OpenAPI document what every operation shares and no annotation states, so a
 * frontend can be built from the document alone: a command's reply body ({@link CommandAccepted}) with its
 * {@code ETag} (and {@code Location} when it creates), and the RFC 9457 problems any operation may answer
 * (400 naming the field, 401, 403, 404, 409 and 422 naming the rule, 413, 503 with Retry-After), each as
 * {@code application/problem+json}. Plus the text rule of {@link TextContractFilter}. Registered for all services
 * in event-store's microprofile-config.properties.
 */
public class OpenApiContractFilter extends TextContractFilter {

    private static final String PROBLEM = "#/components/schemas/Problem";
    private static final String ACCEPTED = "#/components/schemas/CommandAccepted";

    @Override
    public void filterOpenAPI(OpenAPI api) {
        super.filterOpenAPI(api);
        Components components = api.getComponents() != null ? api.getComponents() : OASFactory.createComponents();
        api.components(components);
        components.addSchema("Problem", problem());
        components.addSchema("CommandAccepted", accepted());
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        api.getPaths().getPathItems().forEach((path, item) -> {
            if (!path.startsWith("/q/") && item.getOperations() != null) {
                item.getOperations().forEach((method, operation) -> document(path, method, operation));
            }
        });
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses() != null ? operation.getResponses()
                : OASFactory.createAPIResponses();
        operation.responses(responses);
        boolean command = header(operation, "Idempotency-Key");
        boolean body = operation.getRequestBody() != null;
        if (command) {
            for (String code : List.of("200", "201")) {
                APIResponse ok = responses.getAPIResponse(code);
                if (ok != null) {
                    if (undescribed(ok.getContent())) {
                        ok.content(json(ACCEPTED));
                    }
                    ok.addHeader("ETag", header("The stream's new version: send it as If-Match with the next command"));
                    if (code.equals("201")) {
                        ok.addHeader("Location", header("Where the created resource is read"));
                    }
                }
            }
        } else if (method == PathItem.HttpMethod.GET && path.endsWith("}")) {
            APIResponse ok = responses.getAPIResponse("200");
            if (ok != null) {
                ok.addHeader("ETag", header("The version read: send it as If-Match with a command on it"));
            }
        }
        problem(responses, "400", body || operation.getParameters() != null,
                "Invalid request: `errors` names each field and what is wrong with it");
        problem(responses, "401", true, "No valid bearer token");
        problem(responses, "403", true, "The token's roles do not allow this operation");
        problem(responses, "404", path.contains("{"), "No such resource");
        problem(responses, "409", command, "A stale If-Match, or the resource's state does not allow this now: the"
                + " problem's `rule` names which");
        problem(responses, "413", body, "The request body is larger than the limit (256 KB)");
        problem(responses, "422", command || body, "A business rule refused it: the problem's `rule` names which");
        problem(responses, "503", true, "A dependency is out of reach; nothing was stored. Retry after the"
                + " Retry-After seconds with the same Idempotency-Key");
    }

    /** No content, or only media types without a schema that says anything (what an untyped Response gets). */
    private static boolean undescribed(Content content) {
        return content == null || content.getMediaTypes() == null || content.getMediaTypes().values().stream()
                .allMatch(m -> m.getSchema() == null || m.getSchema().getRef() == null && m.getSchema().getType() == null
                        && m.getSchema().getProperties() == null && m.getSchema().getItems() == null);
    }

    private static boolean header(Operation operation, String name) {
        List<Parameter> parameters = operation.getParameters();
        return parameters != null && parameters.stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(p.getName()));
    }

    private static void problem(APIResponses responses, String code, boolean applies, String description) {
        if (!applies) {
            return;
        }
        APIResponse existing = responses.getAPIResponse(code);
        if (existing == null) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description)
                    .content(problemContent()));
        } else if (undescribed(existing.getContent())) {
            existing.content(problemContent());
        }
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problems.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM)));
    }

    private static Content json(String ref) {
        MediaType media = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(ref));
        return OASFactory.createContent().addMediaType("application/json", media);
    }

    private static Header header(String description) {
        return OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
    }

    /** RFC 9457 problem details, as the services write them (more members may follow, e.g. rule or errors). */
    private static Schema problem() {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details")
                .properties(Map.of(
                        "type", string("A URI naming the problem type, e.g. https://dealstream.io/problems/invalid-request"),
                        "title", string("A short summary of the problem type"),
                        "status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER),
                        "detail", string("What happened in this case"),
                        "instance", string("The request's path"),
                        "rule", string("The business rule that refused the request, e.g. outline-incomplete")))
                .required(List.of("type", "title", "status"));
    }

    /** What every command answers: the resource, its new stream version (also the ETag), the events it caused. */
    private static Schema accepted() {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("The command was applied")
                .properties(Map.of(
                        "id", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uuid"),
                        "streamVersion", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int64"),
                        "events", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                                .items(OASFactory.createSchema().addType(Schema.SchemaType.STRING)),
                        "created", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                                .description("What the command created besides the resource, when anything: an "
                                        + "objection or question (its id for /objections/{objectionId}/...), a lead "
                                        + "captured from an upsell or a referral (GET /leads/{id} on lead-service, "
                                        + "once it has consumed the event)")
                                .items(OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                                        .properties(Map.of("kind", string("objection, question or lead"),
                                                "id", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uuid"),
                                                "location", string("Where to read it, when it has its own address")))
                                        .required(List.of("kind", "id")))))
                .required(List.of("id", "streamVersion", "events"));
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
    }
}
