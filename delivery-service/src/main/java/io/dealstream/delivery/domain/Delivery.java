package io.dealstream.delivery.domain;

import io.dealstream.events.common.MaintenanceCommitment;
import io.dealstream.events.common.Scenario;
import io.dealstream.events.delivery.CallbackCompleted;
import io.dealstream.events.delivery.CommunityJoined;
import io.dealstream.events.delivery.MaintenanceLogged;
import io.dealstream.events.delivery.ProgressReported;
import io.dealstream.events.delivery.ReferralReceived;
import io.dealstream.events.delivery.SatisfactionSurveyed;
import io.dealstream.events.delivery.UpsellIdentified;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The state of an opportunity's delivery and after-sales, folded from its events. */
public record Delivery(
        UUID opportunityId,
        DeliveryStatus status,
        UUID contractId,
        Instant openedAt,
        LocalDate deliveryDate,
        List<MaintenanceCommitment> maintenanceCommitments,
        Scenario scenario,
        String customerName,
        UUID accountId,
        List<PlannedMilestone> milestones,
        List<ProgressReported> progress,
        List<Integer> missedWeeks,
        Acceptance acceptance,
        CallbackCompleted callback,
        boolean callbackOverdue,
        List<MaintenanceLogged> maintenanceLog,
        SatisfactionSurveyed survey,
        boolean surveyOverdue,
        List<UpsellIdentified> upsells,
        List<ReferralReceived> referrals,
        List<CommunityJoined> communities,
        Instant planStartedAt,
        int cycle,
        List<io.dealstream.events.delivery.MaintenanceOverdue> missedMaintenance) {

    /** A milestone of the plan and, once done, when. */
    public record PlannedMilestone(String milestoneId, String name, LocalDate dueAt, String owner, String deliverable,
            Instant completedAt) {
    }

    /** The signed acceptance report. */
    public record Acceptance(String reportRef, String signedBy, Instant signedAt, String overrideReason) {
    }

    public static final Delivery EMPTY = new Delivery(null, null, null, null, null, List.of(), null, null, null,
            List.of(), List.of(), List.of(), null, null, false, List.of(), null, false, List.of(), List.of(), List.of(),
            null, 0, List.of());

    Delivery withMissedMaintenance(io.dealstream.events.delivery.MaintenanceOverdue missed) {
        List<io.dealstream.events.delivery.MaintenanceOverdue> all = new java.util.ArrayList<>(missedMaintenance);
        all.add(missed);
        return new Delivery(opportunityId, status, contractId, openedAt, deliveryDate, maintenanceCommitments, scenario,
                customerName, accountId, milestones, progress, missedWeeks, acceptance, callback, callbackOverdue,
                maintenanceLog, survey, surveyOverdue, upsells, referrals, communities, planStartedAt, cycle,
                List.copyOf(all));
    }

    /** How often the contract schedules a maintenance kind, if it does. */
    public java.util.Optional<Integer> everyMonths(io.dealstream.events.common.MaintenanceKind kind) {
        return maintenanceCommitments.stream().filter(c -> c.kind() == kind).map(c -> c.everyMonths()).findFirst();
    }

    Delivery withPlanStart(Instant at) {
        return new Delivery(opportunityId, status, contractId, openedAt, deliveryDate, maintenanceCommitments, scenario,
                customerName, accountId, milestones, progress, missedWeeks, acceptance, callback, callbackOverdue,
                maintenanceLog, survey, surveyOverdue, upsells, referrals, communities, at, cycle, missedMaintenance);
    }

    public boolean exists() {
        return status != null;
    }

    /** The id upsells and referrals name: the account, or for a customer captured without one the opportunity. */
    public UUID customerKey() {
        return accountId != null ? accountId : opportunityId;
    }
}
