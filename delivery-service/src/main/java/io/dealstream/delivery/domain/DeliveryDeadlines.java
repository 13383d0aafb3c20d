package io.dealstream.delivery.domain;

import io.dealstream.eventstore.links.CustomerLinks;
import static io.dealstream.eventstore.DeadlineChange.cancelAll;
import static io.dealstream.eventstore.DeadlineChange.meet;
import static io.dealstream.eventstore.DeadlineChange.open;

import io.dealstream.events.DomainEvent;
import io.dealstream.events.common.MaintenanceCommitment;
import io.dealstream.events.delivery.AcceptanceSigned;
import io.dealstream.events.delivery.CallbackCompleted;
import io.dealstream.events.delivery.DeliveryPlanned;
import io.dealstream.events.delivery.MaintenanceLogged;
import io.dealstream.events.delivery.MaintenanceOverdue;
import io.dealstream.events.delivery.ProgressReportOverdue;
import io.dealstream.events.delivery.ProgressReported;
import io.dealstream.events.delivery.SatisfactionSurveyed;
import io.dealstream.eventstore.Deadline;
import io.dealstream.eventstore.DeadlineChange;
import io.dealstream.eventstore.DeadlineRules;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The stage-6 deadlines: a progress report per plan week while delivering (the first plan starts the weekly
 * calendar, a re-plan keeps it; a report or a missed week opens the next), then at acceptance the callback
 * (3 days), the survey (1 month) and the contract's maintenance schedule, each met by its act. A customer link
 * is due at its expiry, met when used or withdrawn (acceptance cancels the delivery's open deadlines; the survey
 * meets its links).
 */
public final class DeliveryDeadlines implements DeadlineRules<Delivery, DeliveryCommand> {

    private final DeliveryDecider weeks;
    private final Duration callbackWithin;
    private final Period surveyAfter;

    public DeliveryDeadlines(DeliveryRules rules, Duration callbackWithin, Period surveyAfter) {
        this.weeks = new DeliveryDecider(rules);
        this.callbackWithin = callbackWithin;
        this.surveyAfter = surveyAfter;
    }

    @Override
    public List<DeadlineChange> changes(Delivery d, DomainEvent event) {
        if (event instanceof DeliveryPlanned p && p.plannedAt() != null && p.plannedAt().equals(d.planStartedAt())) {
            return List.of(progress(d, 1));
        }
        if (event instanceof ProgressReported r) {
            return List.of(meet(DeliveryDecider.PROGRESS_REPORT, Integer.toString(r.week())), progress(d, r.week() + 1));
        }
        if (event instanceof ProgressReportOverdue o) {
            return List.of(progress(d, o.week() + 1));
        }
        if (event instanceof AcceptanceSigned a) {
            List<DeadlineChange> changes = new ArrayList<>(List.of(cancelAll(),
                    open(DeliveryDecider.CALLBACK, a.signedAt().plus(callbackWithin)),
                    open(DeliveryDecider.SURVEY, a.signedAt().atOffset(ZoneOffset.UTC).plus(surveyAfter).toInstant())));
            // the contract's maintenance schedule runs from the acceptance
            for (MaintenanceCommitment c : d.maintenanceCommitments()) {
                changes.add(maintenance(c.kind(), a.signedAt(), c.everyMonths()));
            }
            return changes;
        }
        if (event instanceof MaintenanceLogged m) {
            DeadlineChange met = meet(DeliveryDecider.MAINTENANCE, m.kind().name());
            return d.everyMonths(m.kind()).map(months -> List.of(met, maintenance(m.kind(), m.at(), months)))
                    .orElse(List.of(met));
        }
        if (event instanceof MaintenanceOverdue o) {
            return List.of(open(DeliveryDecider.MAINTENANCE, o.kind().name(), o.nextDueAt()));
        }
        if (event instanceof CallbackCompleted) {
            return List.of(meet(DeliveryDecider.CALLBACK));
        }
        if (event instanceof SatisfactionSurveyed) {
            List<DeadlineChange> changes = new ArrayList<>(List.of(meet(DeliveryDecider.SURVEY)));
            d.links().all().stream().filter(l -> l.act() == io.dealstream.events.common.CustomerAct.ANSWER_SURVEY)
                    .forEach(l -> changes.add(meet(CustomerLinks.DEADLINE, l.linkId().toString())));
            return changes;
        }
        return CustomerLinks.deadlineChanges(event);
    }

    /** A missed weekly report, callback, survey or maintenance visit: its overdue event, once. */
    @Override
    public DeliveryCommand missed(Deadline deadline, Instant now) {
        String reference = deadline.reference();
        if (CustomerLinks.DEADLINE.equals(deadline.kind())) {
            return new DeliveryCommand.MarkLinkUnused(now, java.util.UUID.fromString(reference), deadline.dueAt());
        }
        int week = DeliveryDecider.PROGRESS_REPORT.equals(deadline.kind()) && !reference.isEmpty()
                ? Integer.parseInt(reference) : 0;
        return new DeliveryCommand.MarkOverdue(now, deadline.kind(), week, deadline.dueAt(), reference);
    }

    private static DeadlineChange maintenance(io.dealstream.events.common.MaintenanceKind kind, Instant from,
            int everyMonths) {
        return open(DeliveryDecider.MAINTENANCE, kind.name(),
                from.atOffset(ZoneOffset.UTC).plusMonths(everyMonths).toInstant());
    }

    /** The report of plan week {@code week} is due at that week's end. */
    private DeadlineChange progress(Delivery d, int week) {
        return open(DeliveryDecider.PROGRESS_REPORT, Integer.toString(week), weeks.weekDueAt(d, week));
    }
}
