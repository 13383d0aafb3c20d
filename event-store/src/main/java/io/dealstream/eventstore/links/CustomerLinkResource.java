package io.dealstream.eventstore.links;

import io.dealstream.events.common.CustomerAct;
import io.dealstream.eventstore.CustomerLinkRows;
import io.dealstream.eventstore.EventStore;
import io.dealstream.eventstore.domain.DomainRuleViolation;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.Variant;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The customer's pages: {@code GET /links/{token}} shows the exact document a link was sent for and the form of
 * its act; {@code POST} does the act. No account: the signed token is the key, and it names only the link. Every
 * refusal is a page that says what happened and changes nothing (404 not a link, 410 expired or withdrawn, 409 used
 * or outdated, 422 the form). Pages are never cached, never framed, send no referrer (the token stays here), and
 * run no script; the document itself is shown in a sandboxed frame.
 */
@Path("/links/{token}")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class CustomerLinkResource {

    private static final int MAX_TEXT = 200;
    /** The survey template's four questions, in the order of the form's fields and of the recorded scores. */
    static final List<Question> SURVEY_QUESTIONS = List.of(new Question("serviceQuality", "Quality of our service"),
            new Question("solutionEffect", "Effect of the solution"), new Question("responseSpeed", "How fast we responded"),
            new Question("teamwork", "How we worked together"));

    /** What a customer's objection on a proposal can be about: the SOP's four objection types, in their words. */
    static final List<Question> CONCERN_TYPES = List.of(new Question("PRICE", "The price"),
            new Question("FUNCTION", "What the solution does"), new Question("TRUST", "Trust in us or the solution"),
            new Question("DECISION", "Who decides, or when"));

    /** A survey question (or an objection's subject): its form field (value) and its wording. */
    @io.quarkus.qute.TemplateData
    public record Question(String field, String label) {
    }
    private final Instance<CustomerActs> acts;
    private final LinkSettings settings;
    private final EventStore store;
    private final Template page;

    public CustomerLinkResource(Instance<CustomerActs> acts, LinkSettings settings, EventStore store, Engine engine) {
        this.acts = acts;
        this.settings = settings;
        this.store = store;
        this.page = engine.parse(resource("dealstream/links/page.html"), Variant.forContentType(Variant.TEXT_HTML));
    }

    @GET
    @Operation(hidden = true)
    public Uni<Response> show(@PathParam("token") String token) {
        return link(token).chain(found -> {
            if (found.isEmpty()) {
                return Uni.createFrom().item(notALink());
            }
            return acts.get().show(found.get()).map(shown -> shownPage(shown, found.get(), Form.EMPTY, List.of()));
        });
    }

    @POST
    @Operation(hidden = true)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> act(@PathParam("token") String token, @FormParam("decision") String decision,
            @FormParam("name") String name, @FormParam("role") String role, @FormParam("signature") String signature,
            @FormParam("consent") String consent, @FormParam("points") String points,
            @FormParam("serviceQuality") String serviceQuality, @FormParam("solutionEffect") String solutionEffect,
            @FormParam("responseSpeed") String responseSpeed, @FormParam("teamwork") String teamwork,
            @FormParam("overall") String overall, @FormParam("suggestions") String suggestions,
            @FormParam("concernType") String concernType, @FormParam("concern") String concern,
            @HeaderParam(HttpHeaders.USER_AGENT) String userAgent, @Context HttpServerRequest request) {
        Form form = new Form(decision, clean(name), clean(role), clean(signature), "yes".equals(consent),
                points == null ? "" : points.strip(), List.of(clean(serviceQuality), clean(solutionEffect),
                        clean(responseSpeed), clean(teamwork)), clean(overall),
                longText(suggestions), clean(concernType), longText(concern));
        return link(token).chain(found -> {
            if (found.isEmpty()) {
                return Uni.createFrom().item(notALink());
            }
            CustomerLinkRows.Row row = found.get();
            List<String> errors = form.errors(CustomerAct.valueOf(row.act()));
            if (!errors.isEmpty()) {
                return acts.get().show(row).map(shown -> shownPage(shown, row, form, errors));
            }
            CustomerActs.EvidenceSource source = new CustomerActs.EvidenceSource(
                    request.remoteAddress() == null ? null : request.remoteAddress().hostAddress(),
                    userAgent == null ? null : userAgent.substring(0, Math.min(userAgent.length(), 500)));
            return acts.get().act(row, form.submission(), source)
                    .map(done -> done(form))
                    .onFailure(DomainRuleViolation.class).recoverWithUni(e -> acts.get().show(row)
                            .map(shown -> refused(shown, row, form, (DomainRuleViolation) e)));
        });
    }

    private Uni<Optional<CustomerLinkRows.Row>> link(String token) {
        Optional<java.util.UUID> id = settings.signer().linkId(token);
        if (id.isEmpty() || !acts.isResolvable()) {
            return Uni.createFrom().item(Optional.empty());
        }
        return CustomerLinkRows.find(store.pool(), id.get());
    }

    private Response shownPage(CustomerActs.Shown shown, CustomerLinkRows.Row row, Form form, List<String> errors) {
        ActWording wording = ActWording.of(shown.act());
        CustomerLink.Standing standing = shown.standing();
        TemplateInstance view = base(shown.title())
                .data("documentHtml", shown.documentHtml())
                .data("documentVersion", shown.documentVersion())
                .data("documentSha256", shown.documentSha256())
                .data("usable", standing == CustomerLink.Standing.USABLE)
                .data("actionLegend", wording.legend())
                .data("signLabel", wording.button())
                .data("disputable", wording.disputable())
                .data("errors", errors)
                .data("survey", shown.act() == CustomerAct.ANSWER_SURVEY)
                .data("asking", shown.act() == CustomerAct.ASK_ABOUT_PROPOSAL)
                .data("consentText", wording.consent())
                .data("concernTypes", CONCERN_TYPES)
                .data("concernType", form.concernType()).data("concern", form.concern())
                .data("scale", java.util.stream.IntStream.rangeClosed(1, Math.max(shown.scaleMax(), 1))
                        .mapToObj(Integer::toString).toList())
                .data("questions", SURVEY_QUESTIONS)
                .data("name", form.name()).data("role", form.role()).data("signature", form.signature())
                .data("points", form.points()).data("scores", form.scores()).data("overall", form.overall())
                .data("suggestions", form.suggestions());
        return switch (standing) {
            case USABLE -> page(errors.isEmpty() ? 200 : 422, view.data("message", shown.customerName() == null ? null
                    : "For " + shown.customerName() + ". Please read the document, then " + wording.request() + ".")
                    .data("tone", ""));
            case EXPIRED -> page(410, view.data("message", "This link expired on " + row.expiresAt() + " (UTC). Nothing "
                    + "was changed; ask your contact for a new link.").data("tone", "refused"));
            case REVOKED -> page(410, view.data("message", "This link was withdrawn by the sender. Nothing was changed; "
                    + "ask your contact for a new link.").data("tone", "refused"));
            case USED -> page(409, view.data("message", "This link has been used already" + (row.usedAt() == null ? ""
                    : " (" + row.usedAt() + " UTC)") + ": nothing more to do here.").data("tone", "done"));
            case OUTDATED -> page(409, view.data("message", "The document has changed since this link was sent, so it "
                    + "can no longer be signed. Nothing was changed; your contact will send you the new version.")
                    .data("tone", "refused"));
        };
    }

    private Response refused(CustomerActs.Shown shown, CustomerLinkRows.Row row, Form form, DomainRuleViolation e) {
        if (shown.standing() != CustomerLink.Standing.USABLE) {
            return shownPage(shown, row, form, List.of());
        }
        return shownPage(shown, row, form, List.of(e.getMessage()));
    }

    private Response done(Form form) {
        String message = "answer".equals(form.decision())
                ? "Thank you, " + form.name() + ". Your answers are recorded; they help us serve you better."
                : "ask".equals(form.decision())
                ? "Thank you, " + form.name() + ". Your contact answers you in writing within 24 hours."
                : "dispute".equals(form.decision())
                ? "Thank you, " + form.name() + ". Your corrections went to our team; you will receive the revised "
                        + "document."
                : "Thank you, " + form.name() + ". Your signature is recorded; you may close this page.";
        return page(200, base("Done").data("message", message).data("tone", "done"));
    }

    private Response notALink() {
        return page(404, base("This link is not valid").data("message", "This address is not a valid link: it may be "
                + "incomplete or altered. Please open the link exactly as you received it, or ask your contact for a "
                + "new one.").data("tone", "refused"));
    }

    private TemplateInstance base(String title) {
        return page.data("title", title).data("message", null).data("tone", "").data("errors", List.of())
                .data("documentHtml", null).data("usable", false);
    }

    private static Response page(int status, TemplateInstance view) {
        return Response.status(status).entity(view.render()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store")
                .header("Referrer-Policy", "no-referrer")
                .header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
                        + "frame-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
                .build();
    }

    /** A long text (a textarea): without NUL, stripped, at most 4000 characters. */
    private static String longText(String value) {
        if (value == null) {
            return "";
        }
        String stripped = value.replace("\u0000", "").strip();
        return stripped.length() > 4000 ? stripped.substring(0, 4000) : stripped;
    }

    private static String clean(String value) {
        if (value == null) {
            return "";
        }
        String stripped = value.replace("\u0000", "").strip();
        return stripped.length() > MAX_TEXT ? stripped.substring(0, MAX_TEXT) : stripped;
    }

    private static String resource(String path) {
        try (InputStream in = CustomerLinkResource.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The form as typed, kept to show it again next to what was wrong. */
    private record Form(String decision, String name, String role, String signature, boolean consent, String points,
            List<String> scores, String overall, String suggestions, String concernType, String concern) {

        static final Form EMPTY = new Form(null, "", "", "", false, "", List.of("", "", "", ""), "", "", "", "");

        List<String> errors(CustomerAct act) {
            List<String> out = new java.util.ArrayList<>();
            if (name.isEmpty()) {
                out.add("Your full name is required.");
            }
            if (act == CustomerAct.ANSWER_SURVEY) {
                if (!"answer".equals(decision)) {
                    out.add("Send your answers with the button below them.");
                }
                for (int i = 0; i < scores.size(); i++) {
                    if (!scores.get(i).matches("[1-9]|10")) {
                        out.add("Rate \"" + SURVEY_QUESTIONS.get(i).label() + "\".");
                    }
                }
                if (!List.of("SATISFIED", "NEUTRAL", "DISSATISFIED").contains(overall)) {
                    out.add("Choose your overall rating.");
                }
                return out;
            }
            if (act == CustomerAct.ASK_ABOUT_PROPOSAL) {
                if (!"ask".equals(decision)) {
                    out.add("Send your questions with the button below them.");
                }
                if (lines().isEmpty() && concern.isEmpty()) {
                    out.add("Write at least one question, or your objection.");
                }
                if (!concern.isEmpty() && CONCERN_TYPES.stream().noneMatch(t -> t.field().equals(concernType))) {
                    out.add("Say what your objection is about.");
                }
                if (concern.isEmpty() && !concernType.isEmpty()) {
                    out.add("Describe your objection, or leave its subject empty.");
                }
                return out;
            }
            boolean disputable = ActWording.of(act).disputable();
            if (!"sign".equals(decision) && !("dispute".equals(decision) && disputable)) {
                out.add(disputable ? "Choose to sign or to send corrections." : "Sign with the button below the form.");
            }
            if ("sign".equals(decision)) {
                if (role.isEmpty()) {
                    out.add("Your role is required.");
                }
                if (signature.isEmpty()) {
                    out.add("Type your name as your signature.");
                }
                if (!consent) {
                    out.add("Tick the box to confirm that you have read the document and sign it electronically.");
                }
            }
            if ("dispute".equals(decision) && lines().isEmpty()) {
                out.add("Write what should change, one point per line.");
            }
            return out;
        }

        List<String> lines() {
            return Arrays.stream(points.replace("\u0000", "").split("\\R")).map(String::strip)
                    .filter(l -> !l.isEmpty()).limit(50).map(l -> l.length() > 1000 ? l.substring(0, 1000) : l).toList();
        }

        CustomerActs.Submission submission() {
            return new CustomerActs.Submission(decision, name, role, signature, lines(),
                    scores.stream().map(s -> s.isEmpty() ? 0 : Integer.parseInt(s)).toList(), overall, suggestions,
                    concernType, concern);
        }
    }
}
