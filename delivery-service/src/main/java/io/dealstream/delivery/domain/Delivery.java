package io.dealstream.delivery.domain;

import io.dealstream.eventstore.links.CustomerLinks;
import io.dealstream.events.common.MaintenanceCommitment;
import io.dealstream.events.common.Scenario;
import io.dealstream.events.delivery.CallbackCompleted;
import io.dealstream.events.delivery.CommunityJoined;
import io.dealstream.events.delivery.MaintenanceLogged;
import io.dealstream.events.delivery.MaintenanceOverdue;
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
        List<MaintenanceOverdue> missedMaintenance,
        // the links are the decider's (folded from the stream); the read model lists them from customer_links
        @com.fasterxml.jackson.annotation.JsonIgnore CustomerLinks links) {

    /** A milestone of the plan and, once done, when. */
    public record PlannedMilestone(String milestoneId, String name, LocalDate dueAt, String owner, String deliverable,
            Instant completedAt) {
    }

    /** The signed acceptance report. */
    public record Acceptance(String reportRef, String signedBy, Instant signedAt, String overrideReason,
            List<io.dealstream.events.common.Signature> signatures) {
    }

    public static final Delivery EMPTY = new Delivery(null, null, null, null, null, List.of(), null, null, null,
            List.of(), List.of(), List.of(), null, null, false, List.of(), null, false, List.of(), List.of(), List.of(),
            null, 0, List.of(), CustomerLinks.NONE);

    /** How often the contract schedules a maintenance kind, if it does. */
    public java.util.Optional<Integer> everyMonths(io.dealstream.events.common.MaintenanceKind kind) {
        return maintenanceCommitments.stream().filter(c -> c.kind() == kind).map(c -> c.everyMonths()).findFirst();
    }

    /** A copy with what {@code change} sets changed: {@code d.with(c -> c.survey = s)}. */
    Delivery with(java.util.function.Consumer<Changes> change) {
        Changes c = new Changes(this);
        change.accept(c);
        return c.delivery();
    }

    /** The components events change (the opening facts never do), preset to the current ones. */
    static final class Changes {

        private final Delivery from;
        DeliveryStatus status;
        List<PlannedMilestone> milestones;
        List<ProgressReported> progress;
        List<Integer> missedWeeks;
        Acceptance acceptance;
        CallbackCompleted callback;
        boolean callbackOverdue;
        List<MaintenanceLogged> maintenanceLog;
        SatisfactionSurveyed survey;
        boolean surveyOverdue;
        List<UpsellIdentified> upsells;
        List<ReferralReceived> referrals;
        List<CommunityJoined> communities;
        Instant planStartedAt;
        List<MaintenanceOverdue> missedMaintenance;
        CustomerLinks links;

        private Changes(Delivery d) {
            from = d;
            status = d.status;
            milestones = d.milestones;
            progress = d.progress;
            missedWeeks = d.missedWeeks;
            acceptance = d.acceptance;
            callback = d.callback;
            callbackOverdue = d.callbackOverdue;
            maintenanceLog = d.maintenanceLog;
            survey = d.survey;
            surveyOverdue = d.surveyOverdue;
            upsells = d.upsells;
            referrals = d.referrals;
            communities = d.communities;
            planStartedAt = d.planStartedAt;
            missedMaintenance = d.missedMaintenance;
            links = d.links;
        }

        private Delivery delivery() {
            return new Delivery(from.opportunityId, status, from.contractId, from.openedAt, from.deliveryDate,
                    from.maintenanceCommitments, from.scenario, from.customerName, from.accountId, List.copyOf(milestones),
                    List.copyOf(progress), List.copyOf(missedWeeks), acceptance, callback, callbackOverdue,
                    List.copyOf(maintenanceLog), survey, surveyOverdue, List.copyOf(upsells), List.copyOf(referrals),
                    List.copyOf(communities), planStartedAt, from.cycle, List.copyOf(missedMaintenance), links);
        }
    }

    /**
     * The document a link for {@code act} names: the acceptance report changes with every event but the links'
     * own; the survey's questions are the template's, whatever happens on the stream.
     */
    public String documentVersion(io.dealstream.events.common.CustomerAct act) {
        return act == io.dealstream.events.common.CustomerAct.ANSWER_SURVEY ? "satisfaction-survey@1"
                : links.documentVersion("acceptance-report");
    }

    public boolean exists() {
        return status != null;
    }

    /** The id upsells and referrals name: the account, or for a customer captured without one the opportunity. */
    public UUID customerKey() {
        return accountId != null ? accountId : opportunityId;
    }
}
