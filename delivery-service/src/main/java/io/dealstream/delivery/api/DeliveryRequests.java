package io.dealstream.delivery.api;

import static io.dealstream.eventstore.http.TextContractFilter.EMAIL;
import io.dealstream.events.common.Contact;
import io.dealstream.events.common.MaintenanceKind;
import io.dealstream.events.delivery.DeliveryIssue;
import io.dealstream.events.delivery.Milestone;
import io.dealstream.events.delivery.SatisfactionSurveyed;
import io.dealstream.eventstore.http.SignatureDto;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the stage-6 commands. */
public final class DeliveryRequests {

    private DeliveryRequests() {
    }

    public record MilestoneDto(@NotBlank @Size(max = 50) @Pattern(regexp = "^[A-Za-z0-9._-]+$") String milestoneId,
            @NotBlank @Size(max = 300) String name, @NotNull LocalDate dueAt, @NotBlank @Size(max = 200) String owner,
            @NotBlank @Size(max = 1000) String deliverable) {
        Milestone toMilestone() {
            return new Milestone(milestoneId, name.strip(), dueAt, owner.strip(), deliverable.strip());
        }
    }

    @Schema(description = "The delivery plan: dates, owners, deliverables", example = """
            {"milestones": [
              {"milestoneId": "M1", "name": "requirements survey", "dueAt": "2026-04-08", "owner": "Raj", "deliverable": "survey report"},
              {"milestoneId": "M2", "name": "implementation plan", "dueAt": "2026-04-15", "owner": "Raj", "deliverable": "plan"}]}""")
    public record Plan(@NotEmpty @Size(max = 200) List<@Valid @NotNull MilestoneDto> milestones) {
    }

    public record IssueDto(@NotBlank @Size(max = 4000) String description, @Size(max = 4000) String resolution) {
        DeliveryIssue toIssue() {
            return new DeliveryIssue(description.strip(), resolution == null || resolution.isBlank() ? null : resolution.strip());
        }
    }

    @Schema(example = """
            {"summary": "survey done; data migration started", "issues": [{"description": "VPN access late", "resolution": "IT granted on Tuesday"}]}""")
    public record Progress(@NotBlank @Size(max = 10_000) String summary,
            @NotNull @Size(max = 100) List<@Valid @NotNull IssueDto> issues) {
    }

    @Schema(example = """
            {}""")
    public record Completion(Instant completedAt) {
    }

    @Schema(description = "The acceptance report signed by both sides", example = """
            {"reportRef": "ACC-2026-17",
             "signatures": [{"side": "CUSTOMER", "name": "Li Wei", "role": "CTO", "method": "PAPER", "documentRef": "ACC-2026-17"},
                            {"side": "OURS", "name": "Raj Patel", "role": "Delivery lead", "method": "PAPER", "documentRef": "ACC-2026-17"}]}""")
    public record Acceptance(@NotBlank @Size(max = 200) String reportRef,
            @NotEmpty @Size(max = 20) List<@Valid @NotNull SignatureDto> signatures,
            @Size(max = 4000) String overrideReason) {
    }

    @Schema(example = """
            {"notes": "running well; wants a report export", "adjustmentsRequested": ["CSV export"]}""")
    public record Callback(Instant at, @NotBlank @Size(max = 10_000) String notes,
            @NotNull @Size(max = 50) List<@NotBlank @Size(max = 1000) String> adjustmentsRequested) {
    }

    @Schema(example = """
            {"kind": "MONTHLY_INSPECTION", "notes": "all green"}""")
    public record Maintenance(@NotNull MaintenanceKind kind, Instant at, @NotBlank @Size(max = 10_000) String notes) {
    }

    @Schema(description = "The satisfaction evaluation (template): four scores 1-5 (the configured scale) and the overall verdict", example = """
            {"serviceQuality": 5, "solutionEffect": 4, "responseSpeed": 5, "teamwork": 4, "overall": "SATISFIED",
             "suggestions": "more training material"}""")
    public record Survey(@NotNull @Min(1) @Max(100) Integer serviceQuality, @NotNull @Min(1) @Max(100) Integer solutionEffect,
            @NotNull @Min(1) @Max(100) Integer responseSpeed, @NotNull @Min(1) @Max(100) Integer teamwork,
            @NotNull SatisfactionSurveyed.Overall overall, @Size(max = 10_000) String suggestions) {
    }

    @Schema(example = """
            {"product": "predictive maintenance module", "rationale": "uses the planning module daily at every depot"}""")
    public record Upsell(@NotBlank @Size(max = 500) String product, @NotBlank @Size(max = 4000) String rationale) {
    }

    public record ContactDto(@NotBlank @Size(max = 200) String name, @Size(max = 200) String title,
            @Size(max = 40) @Pattern(regexp = "^\\+?[0-9 ()./-]{4,40}$", message = "must be a phone number") String phone,
            @Size(max = 254) @Email @Pattern(regexp = EMAIL, message = "must be an e-mail address") String email) {
        Contact toContact() {
            return new Contact(name.strip(), title, phone, email);
        }
    }

    @Schema(example = """
            {"referredCompany": "Northern Freight AB", "contact": {"name": "Eva Berg", "email": "eva.berg@northern.example"},
             "incentive": "one month of free support"}""")
    public record Referral(@NotBlank @Size(max = 200) String referredCompany, @NotNull @Valid ContactDto contact,
            @NotBlank @Size(max = 1000) String incentive) {
    }

    @Schema(example = """
            {"community": "Rail Maintenance Circle"}""")
    public record Community(@NotBlank @Size(max = 200) String community) {
    }
}
