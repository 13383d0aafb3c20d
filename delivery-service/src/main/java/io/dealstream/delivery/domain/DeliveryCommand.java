package io.dealstream.delivery.domain;

import io.dealstream.events.common.Contact;
import io.dealstream.events.common.MaintenanceCommitment;
import io.dealstream.events.common.MaintenanceKind;
import io.dealstream.events.common.Scenario;
import io.dealstream.events.delivery.DeliveryIssue;
import io.dealstream.events.delivery.Milestone;
import io.dealstream.events.delivery.SatisfactionSurveyed;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What can be asked of a delivery; {@code now} comes from the service's clock. */
public sealed interface DeliveryCommand {

    Instant now();

    record Open(Instant now, UUID opportunityId, UUID contractId, LocalDate deliveryDate,
            List<MaintenanceCommitment> maintenance, Scenario scenario, String customerName, UUID accountId)
            implements DeliveryCommand {
    }

    record Plan(Instant now, List<Milestone> milestones) implements DeliveryCommand {
    }

    record ReportProgress(Instant now, String summary, List<DeliveryIssue> issues) implements DeliveryCommand {
    }

    record CompleteMilestone(Instant now, String milestoneId, Instant completedAt) implements DeliveryCommand {
    }

    record SignAcceptance(Instant now, String reportRef, String signedBy, Instant signedAt, String overrideReason)
            implements DeliveryCommand {
    }

    record CompleteCallback(Instant now, Instant at, String notes, List<String> adjustmentsRequested)
            implements DeliveryCommand {
    }

    record LogMaintenance(Instant now, MaintenanceKind kind, Instant at, String notes) implements DeliveryCommand {
    }

    record Survey(Instant now, int serviceQuality, int solutionEffect, int responseSpeed, int teamwork,
            SatisfactionSurveyed.Overall overall, String suggestions) implements DeliveryCommand {
    }

    record IdentifyUpsell(Instant now, String product, String rationale) implements DeliveryCommand {
    }

    record RecordReferral(Instant now, String referredCompany, Contact contact, String incentive)
            implements DeliveryCommand {
    }

    record JoinCommunity(Instant now, String community) implements DeliveryCommand {
    }

    /** A deadline passed: PROGRESS_REPORT (with its week), CALLBACK_3D or SURVEY_1M. */
    record MarkOverdue(Instant now, String kind, int week, Instant dueAt) implements DeliveryCommand {
    }
}
