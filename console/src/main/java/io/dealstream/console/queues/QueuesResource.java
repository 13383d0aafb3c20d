package io.dealstream.console.queues;

import com.fasterxml.jackson.databind.JsonNode;
import io.dealstream.console.forms.CommandLinks;
import io.dealstream.console.opportunity.StageRecords;
import io.dealstream.console.services.DealApi;
import io.dealstream.console.services.ProposalApi;
import io.dealstream.console.services.Service;
import io.dealstream.console.signin.SignedInUser;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** What waits for a manager (exceptions to decide) and for legal (contracts to review), and the objection figures. */
@Path("/queues")
@Authenticated
public class QueuesResource {

    public record Waiting(String opportunityId, String what, String reason, String requestedBy, String href) {
    }

    public record ObjectionFigure(String type, String outcome, long count, long overdue) {
    }

    record queues(boolean manager, boolean legal, List<Waiting> exceptions, List<Waiting> contracts,
            List<ObjectionFigure> objections, String unavailable) implements TemplateInstance {
    }

    @RestClient
    DealApi deals;
    @RestClient
    ProposalApi proposals;

    final SignedInUser me;

    public QueuesResource(SignedInUser me) {
        this.me = me;
    }

    @GET
    public TemplateInstance queues() {
        List<Waiting> exceptions = new ArrayList<>();
        List<Waiting> contracts = new ArrayList<>();
        List<String> unavailable = new ArrayList<>();
        if (me.isManager()) {
            StageRecords.Read<JsonNode> negotiating = StageRecords.read(Service.DEAL, () -> deals.list("NEGOTIATING", 200));
            if (negotiating.reached()) {
                negotiating.value().path("items").forEach(d -> d.path("deal").path("rounds").forEach(r -> {
                    if ("REQUESTED".equals(r.path("exception").asText())) {
                        String id = d.path("opportunityId").asText();
                        exceptions.add(new Waiting(id, "round " + r.path("number").asInt(), r.path("requestReason").asText(""),
                                r.path("requestedBy").asText(""), CommandLinks.form(Service.DEAL, "/deals/{id}/rounds/{round}/exception/approval",
                                        id, "&round=" + r.path("number").asInt())));
                    }
                }));
            } else if (negotiating.unavailable() != null) {
                unavailable.add(negotiating.unavailable());
            }
        }
        if (me.isLegal()) {
            StageRecords.Read<JsonNode> drafted = StageRecords.read(Service.DEAL, () -> deals.list("CONTRACT_DRAFTED", 200));
            if (drafted.reached()) {
                drafted.value().path("items").forEach(d -> {
                    String id = d.path("opportunityId").asText();
                    contracts.add(new Waiting(id, "contract", "", "", CommandLinks.form(Service.DEAL, "/deals/{id}/contract/review", id, "")));
                });
            } else if (drafted.unavailable() != null) {
                unavailable.add(drafted.unavailable());
            }
        }
        List<ObjectionFigure> figures = new ArrayList<>();
        StageRecords.Read<JsonNode> stats = StageRecords.read(Service.PROPOSAL, () -> proposals.objectionStats());
        if (stats.reached()) {
            stats.value().forEach(s -> figures.add(new ObjectionFigure(s.path("type").asText(), s.path("outcome").asText(""),
                    s.path("count").asLong(), s.path("overdue").asLong())));
        } else if (stats.unavailable() != null) {
            unavailable.add(stats.unavailable());
        }
        return new queues(me.isManager(), me.isLegal(), exceptions, contracts, figures,
                unavailable.isEmpty() ? null : String.join("; ", unavailable));
    }

}
