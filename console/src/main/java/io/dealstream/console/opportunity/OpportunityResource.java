package io.dealstream.console.opportunity;

import com.fasterxml.jackson.databind.JsonNode;
import io.dealstream.console.forms.ApiDocuments;
import io.dealstream.console.forms.CommandLinks;
import io.dealstream.console.forms.CommandOperation;
import io.dealstream.console.pages.RecordHtml;
import io.dealstream.console.pages.Times;
import io.dealstream.console.services.DealApi;
import io.dealstream.console.services.HistoryEntry;
import io.dealstream.console.services.NeedsApi;
import io.dealstream.console.services.PipelineApi;
import io.dealstream.console.services.ProposalApi;
import io.dealstream.console.services.Service;
import io.dealstream.console.signin.SignedInUser;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import io.dealstream.console.services.CustomerLinkRow;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * One opportunity across the six services: where it stands, each stage's record, one timeline of every event
 * (who, when), the commands the user's roles allow, and the printable documents.
 */
@Path("/opportunities/{id}")
@Authenticated
public class OpportunityResource {

    public record StageCard(Service service, boolean reached, String recordHtml, String status, String unavailable) {
    }

    public record Moment(Instant at, String time, String service, String type, String actor, String detailsHtml) {
    }

    public record Action(String summary, String href) {
    }

    public record ActionGroup(Service service, boolean open, List<Action> actions) {
    }

    /** The step the SOP usually takes next here: a link when the user's roles may take it, else whose it is. */
    public record Next(String summary, String href, String roles) {
    }

    public record Objection(String id, String type, String description, String status, String answerHref, String outcomeHref) {
    }

    record opportunity(UUID id, String customerName, PipelineApi.Opportunity summary, String deadline, List<StageCard> stages,
            List<Moment> timeline, Next next, List<ActionGroup> actions, List<Objection> objections,
            List<CustomerLink> links, boolean needsReport,
            boolean proposalDocument, boolean contract, String accountId, String done, String pipelineUnavailable, int events)
            implements TemplateInstance {
    }

    /** A link sent to the customer, for the page: what for, where it stands, and its address to copy. */
    public record CustomerLink(String service, String actCode, String act, String state, String sent, String expires,
            String url) {
    }

    record freshness(int seen, int now, String unavailable) implements TemplateInstance {
    }

    @RestClient
    PipelineApi pipeline;
    @RestClient
    NeedsApi needs;
    @RestClient
    ProposalApi proposals;
    @RestClient
    DealApi deals;

    final StageRecords records;
    final ApiDocuments documents;
    final SignedInUser me;

    public OpportunityResource(StageRecords records, ApiDocuments documents, SignedInUser me) {
        this.records = records;
        this.documents = documents;
        this.me = me;
    }

    @GET
    public TemplateInstance page(@PathParam("id") UUID id, @QueryParam("done") String done) {
        StageRecords.Read<PipelineApi.Opportunity> summary = StageRecords.read(Service.PIPELINE, () -> pipeline.opportunity(id));
        List<StageCard> stages = new ArrayList<>();
        List<Moment> timeline = new ArrayList<>();
        String customer = summary.reached() ? summary.value().customerName() : null;
        Service current = Service.LEAD;
        boolean contract = false;
        String accountId = null;
        List<String> currentEvents = List.of();
        List<CustomerLink> links = new ArrayList<>();
        for (Service s : Service.stages()) {
            StageRecords.Read<JsonNode> record = records.record(s, id);
            if (record.reached()) {
                current = s;
                contract |= s == Service.DEAL && record.value().path("deal").hasNonNull("contract");
                if (s == Service.LEAD && record.value().hasNonNull("accountId")) {
                    accountId = record.value().get("accountId").asText();
                }
                if (customer == null) {
                    customer = record.value().path("customerName").asText(null);
                }
                StageRecords.Read<List<CustomerLinkRow>> sent = records.links(s, id);
                if (sent.reached()) {
                    sent.value().forEach(l -> links.add(new CustomerLink(s.title(), l.act(), Times.words(l.act()), l.state(),
                            Times.minute(l.sentAt()), Times.minute(l.expiresAt()), l.url())));
                }
                StageRecords.Read<List<HistoryEntry>> history = records.history(s, id);
                currentEvents = history.reached() ? history.value().stream().map(HistoryEntry::eventType).toList() : List.of();
                if (history.reached()) {
                    history.value().forEach(e -> timeline.add(new Moment(e.occurredAt(), Times.minute(e.occurredAt()),
                            s.title(), e.eventType(), e.actor(), RecordHtml.render(e.payload()))));
                }
            }
            stages.add(new StageCard(s, record.reached(), record.reached() ? RecordHtml.render(record.value()) : "",
                    record.reached() ? record.value().path("status").asText("") : "", record.unavailable()));
        }
        if (stages.stream().noneMatch(StageCard::reached) && !summary.reached()) {
            throw new NotFoundException("no opportunity " + id);
        }
        timeline.sort(Comparator.comparing(Moment::at).reversed());
        PipelineApi.Opportunity o = summary.value();
        String deadline = o == null || o.nextDeadlineAt() == null ? ""
                : Times.words(o.nextDeadlineKind()) + " " + Times.minute(o.nextDeadlineAt()) + " (" + Times.relative(o.nextDeadlineAt(), Instant.now()) + ")";
        return new opportunity(id, customer == null ? id.toString() : customer, o, deadline, stages, timeline,
                next(id, current, currentEvents), actions(id, stages, current), objections(id, stages), links, stages.get(1).reached(), stages.get(2).reached(),
                contract, accountId, done,
                summary.unavailable(), timeline.size());
    }

    /** Whether anything happened since the page counted {@code events}: the page polls this every 10 s. */
    @GET
    @Path("freshness")
    public TemplateInstance freshness(@PathParam("id") UUID id, @QueryParam("events") int seen) {
        int count = 0;
        String unavailable = null;
        for (Service s : Service.stages()) {
            StageRecords.Read<List<HistoryEntry>> history = records.history(s, id);
            if (history.unavailable() != null) {
                unavailable = history.unavailable();
            } else if (history.reached()) {
                count += history.value().size();
            }
        }
        return new freshness(seen, count, unavailable);
    }

    /** A printable document as its service renders it (needs report, proposal, contract). */
    @GET
    @Path("documents/{document}")
    @Produces(MediaType.TEXT_HTML)
    public Response document(@PathParam("id") UUID id, @PathParam("document") String document) {
        StageRecords.Read<String> html = switch (document) {
            case "needs-report" -> StageRecords.read(Service.NEEDS, () -> needs.printable(id));
            case "proposal" -> StageRecords.read(Service.PROPOSAL, () -> proposals.printable(id));
            case "contract" -> StageRecords.read(Service.DEAL, () -> deals.printable(id));
            default -> throw new NotFoundException();
        };
        if (!html.reached()) {
            throw new NotFoundException(html.unavailable() == null ? "not written yet" : html.unavailable());
        }
        // the service escaped what it prints; nothing in it may run here
        return Response.ok(html.value()).header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:").build();
    }

    private Next next(UUID id, Service stage, List<String> events) {
        if (events.isEmpty()) {
            return null; // the stage's timeline is unknown: no guess
        }
        return NextSteps.next(stage, events).flatMap(step -> {
            try {
                return documents.command(stage, step.path());
            } catch (RuntimeException unreachable) {
                return java.util.Optional.empty();
            }
        }).map(op -> {
            // the minutes of the latest round, as the rounds held so far number it
            String extra = op.pathParameters().contains("round")
                    ? "&round=" + events.stream().filter("NegotiationRoundHeld"::equals).count() : "";
            return new Next(op.summary(), me.mayAny(op.roles()) ? CommandLinks.form(stage, op.path(), id, extra) : null,
                    String.join(", ", op.roles()));
        }).orElse(null);
    }

    private List<ActionGroup> actions(UUID id, List<StageCard> stages, Service current) {
        List<ActionGroup> groups = new ArrayList<>();
        for (StageCard stage : stages) {
            if (!stage.reached()) {
                continue;
            }
            List<Action> actions = new ArrayList<>();
            try {
                for (CommandOperation op : documents.commands(stage.service())) {
                    if (!op.action().isEmpty() && me.mayAny(op.roles())) {
                        actions.add(new Action(op.summary(), CommandLinks.form(stage.service(), op.path(), id, "")));
                    }
                }
            } catch (RuntimeException unreachable) {
                continue; // its card already says the service is unavailable
            }
            if (!actions.isEmpty()) {
                groups.add(new ActionGroup(stage.service(), stage.service() == current, actions));
            }
        }
        return groups;
    }

    private List<Objection> objections(UUID id, List<StageCard> stages) {
        if (!stages.get(2).reached()) {
            return List.of();
        }
        StageRecords.Read<JsonNode> read = StageRecords.read(Service.PROPOSAL, () -> proposals.objections(id));
        List<Objection> out = new ArrayList<>();
        if (read.reached()) {
            for (JsonNode view : read.value()) {
                JsonNode o = view.path("objection");
                String objectionId = o.path("objectionId").asText();
                String extra = "&objectionId=" + objectionId;
                out.add(new Objection(objectionId, o.path("type").asText(), o.path("description").asText(),
                        status(o),
                        CommandLinks.form(Service.PROPOSAL, "/proposals/{id}/objections/{objectionId}/answer", id, extra),
                        CommandLinks.form(Service.PROPOSAL, "/proposals/{id}/objections/{objectionId}/outcome", id, extra)));
            }
        }
        return out;
    }

    private static String status(JsonNode o) {
        if (o.hasNonNull("outcome")) {
            return Times.words(o.get("outcome").asText());
        }
        if (o.hasNonNull("response")) {
            return "answered; the customer's outcome is next";
        }
        String due = o.hasNonNull("responseDueAt") ? " by " + Times.minute(Instant.parse(o.get("responseDueAt").asText())) : "";
        return (o.path("overdue").asBoolean() ? "OVERDUE: to answer" : "to answer") + due;
    }

}
