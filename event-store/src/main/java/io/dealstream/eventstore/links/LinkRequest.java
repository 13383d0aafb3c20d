package io.dealstream.eventstore.links;

import io.dealstream.events.common.CustomerAct;
import io.dealstream.events.common.MaintenanceCommitment;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Staff ask for a customer link: the act, where to mail it (absent: the link is only returned, to copy), our
 * signatory for a document signed by both sides, how long it lives (ISO-8601, default
 * {@code dealstream.links.lifetime}, 14 days), and what some acts' documents need (the minutes' round and summary,
 * the contract's maintenance).
 */
public record LinkRequest(
        @NotNull CustomerAct act,
        @Email @Size(max = 254) @Schema(description = "The customer's address; absent: copy the link from the reply")
        String email,
        @Valid @Schema(description = "Our signatory, who signs as the link is sent (documents signed by both sides)")
        Signatory ourSignatory,
        @Pattern(regexp = "^P(?!$)(\\d{1,3}D)?(T(?=\\d)(\\d{1,4}H)?(\\d{1,6}M)?)?$") @Schema(examples = "P14D",
                description = "How long the link works: a minute to 90 days (ISO-8601, e.g. P7D, PT12H)")
        String lifetime,
        @Min(1) @Max(100) @Schema(description = "SIGN_MINUTES: the round whose minutes the customer signs")
        Integer round,
        @Size(max = 10_000) @Schema(description = "SIGN_MINUTES: the minutes' summary, as both sides sign it")
        String summary,
        @Size(max = 20) @Schema(description = "SIGN_CONTRACT: the maintenance the signed contract commits to")
        List<@Valid @NotNull MaintenanceCommitment> maintenance) {

    /** A person signing for us. */
    public record Signatory(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 200) String role) {
    }

    public Duration lifetimeOr(Duration configured) {
        return lifetime == null ? configured : Duration.parse(lifetime);
    }

    public String ourName() {
        return ourSignatory == null ? null : ourSignatory.name();
    }

    public String ourRole() {
        return ourSignatory == null ? null : ourSignatory.role();
    }
}
