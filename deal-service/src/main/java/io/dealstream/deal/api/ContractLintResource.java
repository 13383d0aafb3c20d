package io.dealstream.deal.api;

import io.dealstream.deal.api.DealRequests.LintRequest;
import io.dealstream.deal.domain.ContractLint;
import io.dealstream.events.deal.ContractFinding;
import io.dealstream.eventstore.http.BadRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The contract check on its own, for drafting contracts and templates. */
@Path("/contracts/lint")
@Tag(name = "Contracts", description = "Contract risk control: vague wording and the SOP's required clauses")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContractLintResource {

    @POST
    @Operation(summary = "Check clauses or a text", description = "With clauses: vague wording and missing SOP clauses "
            + "(service standard, confidentiality, dispute resolution, liability). With text: vague wording only.")
    public List<ContractFinding> lint(@Valid @NotNull LintRequest request) {
        if (request.clauses() != null && !request.clauses().isEmpty()) {
            return ContractLint.lint(request.clauses().stream().map(DealRequests.ClauseDto::toClause).toList());
        }
        if (request.text() == null || request.text().isBlank()) {
            throw new BadRequest("text", "send clauses or a text to check");
        }
        return ContractLint.vagueWording("text", request.text());
    }
}
