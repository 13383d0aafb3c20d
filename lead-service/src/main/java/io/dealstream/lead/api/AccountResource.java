package io.dealstream.lead.api;

import jakarta.ws.rs.BeanParam;
import io.dealstream.eventstore.http.CreateHeaders;
import jakarta.validation.constraints.DecimalMax;
import io.dealstream.events.common.Money;
import io.dealstream.eventstore.CommandExecutor;
import io.dealstream.eventstore.DeadlineRules;
import io.dealstream.eventstore.EventStore;
import io.dealstream.eventstore.http.Caller;
import io.dealstream.eventstore.http.Roles;
import jakarta.annotation.security.RolesAllowed;
import io.dealstream.eventstore.domain.NotFound;
import io.dealstream.eventstore.http.CommandReply;
import io.dealstream.eventstore.http.IdempotentCommands;
import io.dealstream.lead.projection.AccountProjector;
import io.dealstream.lead.domain.AccountDecider;
import io.dealstream.lead.projection.AccountQueries;
import io.dealstream.lead.projection.AccountView;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Customer accounts: the customer-registration template. */
@Path("/accounts")
@Tag(name = "Accounts", description = "Registered customers and their leads")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountResource {

    @Schema(description = "A customer to register", example = """
            {"name": "Acme Rail GmbH", "industry": "rail logistics", "employees": 1200,
             "annualRevenue": {"amount": "250000000", "currency": "EUR"},
             "contacts": [{"name": "Li Wei", "title": "CTO", "email": "li.wei@acme-rail.example", "phone": "+49 30 1234567"}]}""")
    public record RegisterAccountRequest(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 200) String industry,
            @Min(0) Integer employees,
            @Valid MoneyDto annualRevenue,
            @NotEmpty @Size(max = 50) List<@Valid @NotNull ContactDto> contacts) {
    }

    public record MoneyDto(
            @NotNull @DecimalMin("0") @DecimalMax(value = "1e15", inclusive = false) @Digits(integer = 15, fraction = 2) BigDecimal amount,
            @NotNull @Pattern(regexp = "^[A-Z]{3}$", message = "must be an ISO 4217 code such as EUR") String currency) {
    }

    private final EventStore store;
    private final Caller caller;
    private final IdempotentCommands idempotent;
    private final CommandExecutor<?, AccountDecider.Register> accounts = new CommandExecutor<>("account",
            new AccountDecider(), DeadlineRules.none(), AccountProjector.INSTANCE);

    public AccountResource(EventStore store, IdempotentCommands idempotent, Caller caller) {
        this.caller = caller;
        this.store = store;
        this.idempotent = idempotent;
    }

    @POST
    @RolesAllowed({Roles.SALES, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Register a customer account", description = "AccountRegistered; leads can then name the account.")
    @APIResponse(responseCode = "201", description = "Registered; Location names the account")
    @APIResponse(responseCode = "400", description = "Invalid request, naming the field")
    public Uni<Response> register(@Valid @NotNull RegisterAccountRequest request,
            @BeanParam CreateHeaders headers) {
        UUID id = UUID.randomUUID();
        AccountDecider.Register command = new AccountDecider.Register(id, request.name(), request.industry(),
                request.employees(), request.annualRevenue() == null ? null
                        : new Money(request.annualRevenue().amount(), request.annualRevenue().currency()),
                request.contacts().stream().map(ContactDto::toContact).toList());
        return idempotent.run(headers, request, tx ->
                accounts.execute(tx, id, OptionalLong.of(0), command, UUID.randomUUID(), null, caller.actor())
                        .map(outcome -> CommandReply.created("/accounts/" + id, new CommandAccepted(id,
                                outcome.streamVersion(), List.of("AccountRegistered"), List.of()), outcome.streamVersion())));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One account with its contacts and leads")
    @APIResponse(responseCode = "404", description = "No such account")
    public Uni<AccountView> get(@PathParam("id") UUID id) {
        return AccountQueries.byId(store.pool(), id).map(found -> found.orElseThrow(() -> new NotFound("account", id)));
    }
}
