package io.dealstream.console.forms;

import com.fasterxml.jackson.databind.JsonNode;
import io.dealstream.console.services.Service;
import io.dealstream.console.signin.SignedInUser;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Any command a service publishes, as a form: GET shows it, POST sends it with the user's token. A refusal shows
 * each field error next to the field it names and a broken rule above the form, with everything typed kept.
 */
@Path("/commands/{service}")
@Authenticated
public class CommandResource {

    private static final String PATH_PARAMETER = "path.";

    public record Problem(int status, String title, String detail, String rule, List<String> unplaced) {
    }

    public record Created(String kind, String id, String href, List<Duplicate> duplicates) {
    }

    public record Duplicate(String kind, String id, String customerName, String matchedOn, String href) {
    }

    record command(CommandOperation op, String opportunity, String formHtml, String idempotencyKey, Problem problem,
            boolean allowed, String back, String action, String page) implements TemplateInstance {
    }

    record created(Created created) implements TemplateInstance {
    }

    private final ApiDocuments documents;
    private final CommandCalls calls;
    private final SignedInUser me;

    public CommandResource(ApiDocuments documents, CommandCalls calls, SignedInUser me) {
        this.documents = documents;
        this.calls = calls;
        this.me = me;
    }

    /** A command on one opportunity. */
    @GET
    @Path("form")
    public TemplateInstance form(@PathParam("service") String service, @QueryParam("path") String path,
            @QueryParam("opportunity") UUID opportunity, @Context UriInfo uri) {
        CommandOperation op = operation(service, path);
        Map<String, String> prefill = new LinkedHashMap<>();
        op.pathParameters().forEach(p -> prefill.put(PATH_PARAMETER + p, uri.getQueryParameters().getFirst(p)));
        return render(op, opportunity, prefill, Map.of(), null, UUID.randomUUID().toString());
    }

    /** A command that creates (capture a lead, register an account). */
    @GET
    @Path("new")
    public TemplateInstance create(@PathParam("service") String service, @QueryParam("path") String path) {
        CommandOperation op = operation(service, path);
        Map<String, String> prefill = new LinkedHashMap<>();
        if (op.fields().stream().anyMatch(f -> f.name().equals("owner"))) {
            prefill.put("owner", me.name()); // the one who captures owns it unless they name another
        }
        return render(op, null, prefill, Map.of(), null, UUID.randomUUID().toString());
    }

    @POST
    public Object send(@PathParam("service") String service, @QueryParam("path") String path,
            @QueryParam("opportunity") UUID opportunity, MultivaluedMap<String, String> form) {
        CommandOperation op = operation(service, path);
        Map<String, String> values = new LinkedHashMap<>();
        form.forEach((k, v) -> values.put(k, v.isEmpty() ? "" : v.get(0)));
        String key = values.remove("idempotencyKey");
        Map<String, String> parameters = new LinkedHashMap<>();
        op.pathParameters().forEach(p -> parameters.put(p, values.getOrDefault(PATH_PARAMETER + p, "").strip()));
        JsonNode body = op.hasBody() ? FormBody.of(op.fields(), values) : null;
        String target = op.pathFor(opportunity == null ? "" : opportunity.toString(), parameters);
        CommandCalls.Answer answer = calls.post(op.service(), target, key == null ? UUID.randomUUID().toString() : key, body);
        if (answer.accepted()) {
            return accepted(op, opportunity, answer.body());
        }
        Map<String, String> errors = new LinkedHashMap<>();
        List<String> unplaced = new ArrayList<>();
        answer.body().path("errors").forEach(e -> {
            String field = e.path("field").asText("$");
            String message = e.path("message").asText();
            if (values.containsKey(field) || isGroup(op.fields(), field)) {
                errors.merge(field, message, (a, b) -> a + "; " + b);
            } else {
                unplaced.add(("$".equals(field) ? "" : field + ": ") + message);
            }
        });
        Problem problem = new Problem(answer.status(), answer.body().path("title").asText("Refused"),
                answer.body().path("detail").asText(null), answer.body().path("rule").asText(null), unplaced);
        // a refusal stored nothing: the corrected form is a new command; an unanswered one keeps its key
        String nextKey = answer.status() == 503 ? key : UUID.randomUUID().toString();
        return Response.status(answer.status() == 503 ? 503 : 422)
                .entity(render(op, opportunity, values, errors, problem, nextKey)).build();
    }

    private Object accepted(CommandOperation op, UUID opportunity, JsonNode answer) {
        if (opportunity != null) {
            return Response.seeOther(URI.create("/opportunities/" + opportunity + "?done="
                    + URLEncoder.encode(op.summary(), StandardCharsets.UTF_8))).build();
        }
        String id = answer.path("id").asText();
        boolean account = op.path().equals("/accounts");
        String href = account ? "/accounts/" + id : "/opportunities/" + id;
        List<Duplicate> duplicates = new ArrayList<>();
        answer.path("possibleDuplicates").forEach(d -> duplicates.add(new Duplicate(d.path("kind").asText(),
                d.path("id").asText(), d.path("customerName").asText(), d.path("matchedOn").asText(),
                ("ACCOUNT".equalsIgnoreCase(d.path("kind").asText()) ? "/accounts/" : "/opportunities/") + d.path("id").asText())));
        if (duplicates.isEmpty()) {
            return Response.seeOther(URI.create(href + "?done=" + URLEncoder.encode(op.summary(), StandardCharsets.UTF_8))).build();
        }
        return new created(new Created(account ? "account" : "lead", id, href, duplicates));
    }

    private TemplateInstance render(CommandOperation op, UUID opportunity, Map<String, String> values,
            Map<String, String> errors, Problem problem, String key) {
        List<FormField> pathFields = op.pathParameters().stream().map(p -> new FormField(PATH_PARAMETER + p,
                Forms.label(p), null, FormField.Kind.TEXT, true, null, null, 0)).toList();
        String html = FormHtml.render(pathFields, values, errors) + FormHtml.render(op.fields(), values, errors);
        String back = opportunity != null ? "/opportunities/" + opportunity : "/";
        String action = CommandLinks.send(op.service(), op.path(), opportunity);
        String page = opportunity != null ? "opportunity" : op.path().equals("/leads") ? "capture" : "account";
        return new command(op, opportunity == null ? null : opportunity.toString(), html, key, problem,
                me.mayAny(op.roles()), back, action, page);
    }

    private CommandOperation operation(String service, String path) {
        if (path == null) {
            throw new NotFoundException();
        }
        return documents.command(Service.byKey(service), path).orElseThrow(NotFoundException::new);
    }

    private static boolean isGroup(List<FormField> fields, String name) {
        for (FormField f : fields) {
            if (f.name().equals(name) || (f.children() != null && isGroup(f.children(), name))) {
                return true;
            }
        }
        return false;
    }
}
