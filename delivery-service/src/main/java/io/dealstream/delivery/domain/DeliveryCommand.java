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

    /** From the signed contract; a later {@code cycle} (a reopened opportunity) delivers afresh. */
    record Open(Instant now, UUID opportunityId, UUID contractId, LocalDate deliveryDate,
            List<MaintenanceCommitment> maintenance, Scenario scenario, String customerName, UUID accountId, int cycle)
            implements DeliveryCommand {

        public Open(Instant now, UUID opportunityId, UUID contractId, LocalDate deliveryDate,
                List<MaintenanceCommitment> maintenance, Scenario scenario, String customerName, UUID accountId) {
            this(now, opportunityId, contractId, deliveryDate, maintenance, scenario, customerName, accountId, 1);
        }
    }

    record Plan(Instant now, List<Milestone> milestones) implements DeliveryCommand {
    }

    record ReportProgress(Instant now, String summary, List<DeliveryIssue> issues) implements DeliveryCommand {
    }

    /** Stated times ({@code completedAt}, {@code at}) may be null: the server's time. */
    record CompleteMilestone(Instant now, String milestoneId, Instant completedAt) implements DeliveryCommand {
    }

    /** The acceptance report signed by both sides; {@code overrideReason} when milestones are still open. */
    record SignAcceptance(Instant now, String reportRef, List<io.dealstream.events.common.Signature> signatures,
            String overrideReason) implements DeliveryCommand {
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
    /** A deadline passed: {@code week} for a progress report, {@code reference} the maintenance kind. */
    record MarkOverdue(Instant now, String kind, int week, Instant dueAt, String reference) implements DeliveryCommand {

        public MarkOverdue(Instant now, String kind, int week, Instant dueAt) {
            this(now, kind, week, dueAt, "");
        }
    }

    /**
     * Staff send the customer a link: to sign the acceptance report (our signatory signs as it is sent) or to answer
     * the satisfaction survey.
     */
    record SendLink(Instant now, UUID linkId, io.dealstream.events.common.CustomerAct act, java.time.Duration lifetime,
            String sentBy, String sentTo, String ourName, String ourRole) implements DeliveryCommand {
    }

    /** The customer opened the link's page. */
    record OpenLink(Instant now, UUID linkId) implements DeliveryCommand {
    }

    /** Staff withdraw a link the customer has not used. */
    record RevokeLink(Instant now, UUID linkId, String revokedBy) implements DeliveryCommand {
    }

    /** A link's deadline passed: the act is overdue if the link still awaits it. */
    record MarkLinkUnused(Instant now, UUID linkId, Instant dueAt) implements DeliveryCommand {
    }

    /** The customer signs the acceptance report through the link. */
    record SignAcceptanceThroughLink(Instant now, UUID linkId, String name, String role,
            io.dealstream.events.common.LinkEvidence evidence) implements DeliveryCommand {
    }

    /** The customer answers the satisfaction survey through the link. */
    record AnswerSurveyThroughLink(Instant now, UUID linkId, String respondent, int serviceQuality, int solutionEffect,
            int responseSpeed, int teamwork, SatisfactionSurveyed.Overall overall, String suggestions,
            io.dealstream.events.common.LinkEvidence evidence) implements DeliveryCommand {
    }
}
