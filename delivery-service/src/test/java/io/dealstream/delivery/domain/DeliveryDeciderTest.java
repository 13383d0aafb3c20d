package io.dealstream.delivery.domain;

import io.dealstream.events.delivery.MaintenanceLogged;
import static org.assertj.core.api.Assertions.assertThat;

import io.dealstream.events.common.Contact;
import io.dealstream.events.common.MaintenanceCommitment;
import io.dealstream.events.common.MaintenanceKind;
import io.dealstream.events.common.Scenario;
import io.dealstream.events.common.Signature;
import io.dealstream.events.delivery.AcceptanceSigned;
import io.dealstream.events.delivery.CallbackCompleted;
import io.dealstream.events.delivery.CommunityNewsPublished;
import io.dealstream.events.delivery.CallbackOverdue;
import io.dealstream.events.delivery.CommunityJoined;
import io.dealstream.events.delivery.DeliveryOpened;
import io.dealstream.events.delivery.DeliveryPlanned;
import io.dealstream.events.delivery.Milestone;
import io.dealstream.events.delivery.MilestoneCompleted;
import io.dealstream.events.delivery.ProgressReportOverdue;
import io.dealstream.events.delivery.ProgressReported;
import io.dealstream.events.delivery.ReferralReceived;
import io.dealstream.events.delivery.SatisfactionSurveyed;
import io.dealstream.events.delivery.SurveyOverdue;
import io.dealstream.events.delivery.UpsellIdentified;
import io.dealstream.eventstore.Deadline;
import io.dealstream.eventstore.DeadlineChange;
import io.dealstream.eventstore.testing.DeciderSpec;
import java.time.Instant;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Stage 6 rules, given events / when command / then events. */
class DeliveryDeciderTest {

    static final Instant NOW = Instant.parse("2026-05-20T09:00:00Z");
    static final UUID OPP = UUID.fromString("99999999-9999-9999-9999-999999999999");
    static final UUID ACCOUNT = UUID.fromString("aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa");
    static final UUID CONTRACT = UUID.fromString("bbbbbbbb-bbbb-bbbb-bbbb-bbbbbbbbbbbb");
    static final List<MaintenanceCommitment> MAINTENANCE = List.of(new MaintenanceCommitment(
            MaintenanceKind.MONTHLY_INSPECTION, 1, "inspection"));
    static final DeliveryOpened OPENED = new DeliveryOpened(OPP, CONTRACT, NOW, LocalDate.parse("2026-06-30"),
            MAINTENANCE, Scenario.NEW_CUSTOMER, "Acme", ACCOUNT, 1);
    static final List<Milestone> PLAN = List.of(
            new Milestone("M1", "survey", LocalDate.parse("2026-05-27"), "Raj", "report"),
            new Milestone("M2", "rollout", LocalDate.parse("2026-06-15"), "Raj", "go-live"));
    static final DeliveryPlanned PLANNED = new DeliveryPlanned(PLAN, NOW);
    static final Duration WEEK = Duration.ofDays(7);
    static final MilestoneCompleted M1 = new MilestoneCompleted("M1", NOW);
    static final MilestoneCompleted M2 = new MilestoneCompleted("M2", NOW);
    static final AcceptanceSigned ACCEPTED = new AcceptanceSigned("ACC-1", "Li Wei", NOW, null);

    static final List<Signature> BOTH = List.of(
            new Signature(Signature.Side.CUSTOMER, "Li Wei", "CTO", NOW, Signature.Method.PAPER, "scan DMS-signed"),
            new Signature(Signature.Side.OURS, "Raj", "Delivery lead", NOW, Signature.Method.ELECTRONIC, null));

    final DeliveryDecider decider = new DeliveryDecider();

    DeciderSpec<Delivery, DeliveryCommand> spec() {
        return DeciderSpec.of(decider);
    }

    @Test
    void aSignedContractOpensTheDeliveryOnce() {
        spec().when(new DeliveryCommand.Open(NOW, OPP, CONTRACT, LocalDate.parse("2026-06-30"), MAINTENANCE,
                Scenario.NEW_CUSTOMER, "Acme", ACCOUNT)).then(OPENED);
        spec().given(OPENED).when(new DeliveryCommand.Open(NOW, OPP, CONTRACT, LocalDate.parse("2026-06-30"),
                MAINTENANCE, Scenario.NEW_CUSTOMER, "Acme", ACCOUNT)).then();
    }

    @Test
    void aReopenedOpportunitysNextContractStartsANewDelivery() {
        Delivery next = spec().given(OPENED, PLANNED, M1, M2, ACCEPTED).when(new DeliveryCommand.Open(NOW, OPP, CONTRACT,
                LocalDate.parse("2026-09-30"), MAINTENANCE, Scenario.REPEAT_PURCHASE, "Acme", ACCOUNT, 2)).stateAfter();
        assertThat(next.cycle()).isEqualTo(2);
        assertThat(next.status()).isEqualTo(DeliveryStatus.PLANNING);
        assertThat(next.milestones()).isEmpty();
        assertThat(next.acceptance()).isNull();
    }

    @Test
    void everyMilestoneHasAnOwnerAndAUniqueId() {
        spec().given(OPENED).when(new DeliveryCommand.Plan(NOW, List.of(new Milestone("M1", "x",
                LocalDate.parse("2026-05-27"), " ", "d")))).thenRejected("milestone-owner-required");
        spec().given(OPENED).when(new DeliveryCommand.Plan(NOW, List.of(PLAN.get(0), PLAN.get(0))))
                .thenRejected("milestone-ids-unique");
        spec().given(OPENED).when(new DeliveryCommand.Plan(NOW, PLAN)).then(PLANNED);
    }

    @Test
    void aReportIsBookedToThePlansCalendarWeekNotCountedFromTheReportsSoFar() {
        spec().given(OPENED).when(new DeliveryCommand.ReportProgress(NOW, "w?", List.of())).thenRejected("not-planned");
        spec().given(OPENED, PLANNED).when(new DeliveryCommand.ReportProgress(NOW.plus(Duration.ofDays(6)), "w1",
                List.of())).then(new ProgressReported(1, "w1", List.of()));
        // week 2 missed: the report of day 16 is week 3's, on time for it, and week 2 stays missed
        DeciderSpec<Delivery, DeliveryCommand> missedWeek2 = spec().given(OPENED, PLANNED,
                new ProgressReported(1, "w1", List.of()), new ProgressReportOverdue(2, NOW.plus(WEEK.multipliedBy(2))));
        missedWeek2.when(new DeliveryCommand.ReportProgress(NOW.plus(Duration.ofDays(16)), "w3", List.of()))
                .then(new ProgressReported(3, "w3", List.of()));
        spec().given(OPENED, PLANNED, new ProgressReported(1, "w1", List.of()), new ProgressReportOverdue(2, NOW),
                        new ProgressReported(3, "w3", List.of()))
                .when(new DeliveryCommand.MarkOverdue(NOW, DeliveryDecider.PROGRESS_REPORT, 3, NOW)).then();
        // two reports in week 1 do not cover week 2
        spec().given(OPENED, PLANNED, new ProgressReported(1, "a", List.of()), new ProgressReported(1, "b", List.of()))
                .when(new DeliveryCommand.MarkOverdue(NOW, DeliveryDecider.PROGRESS_REPORT, 2, NOW))
                .then(new ProgressReportOverdue(2, NOW));
        // the calendar starts with the first plan; a re-plan keeps it
        Delivery replanned = spec().given(OPENED, PLANNED, new DeliveryPlanned(PLAN, NOW.plus(Duration.ofDays(10))))
                .when(new DeliveryCommand.ReportProgress(NOW.plus(Duration.ofDays(15)), "w3", List.of())).stateAfter();
        assertThat(replanned.planStartedAt()).isEqualTo(NOW);
        assertThat(decider.weekOf(replanned, NOW.plus(Duration.ofDays(15)))).isEqualTo(3);
        assertThat(decider.weekDueAt(replanned, 3)).isEqualTo(NOW.plus(Duration.ofDays(21)));
    }

    @Test
    void theWeeklyReportsThenCallbackSurveyAndMaintenanceDeadlinesFollowThePlanAndTheAcceptance() {
        DeliveryDeadlines rules = new DeliveryDeadlines(DeliveryRules.SOP, Duration.ofDays(3), Period.ofMonths(1));
        String report = DeliveryDecider.PROGRESS_REPORT;
        // the first plan starts the weekly calendar: week 1's report is due at its end
        spec().given(OPENED).when(new DeliveryCommand.Plan(NOW, PLAN))
                .thenDeadlines(rules, DeadlineChange.open(report, "1", NOW.plus(WEEK)));
        // a report meets its week and opens the next; a missed week opens the next too
        spec().given(OPENED, PLANNED).when(new DeliveryCommand.ReportProgress(NOW.plus(Duration.ofDays(6)), "w1",
                List.of())).thenDeadlines(rules, DeadlineChange.meet(report, "1"),
                DeadlineChange.open(report, "2", NOW.plus(WEEK.multipliedBy(2))));
        spec().given(OPENED, PLANNED).when(new DeliveryCommand.MarkOverdue(NOW, report, 1, NOW))
                .thenDeadlines(rules, DeadlineChange.open(report, "2", NOW.plus(WEEK.multipliedBy(2))));
        // week 1's deadline passing: that week is missed, once
        spec().given(OPENED, PLANNED).whenMissed(rules, Deadline.of(OPP, OPP, report, "1", NOW.plus(WEEK)),
                NOW.plus(WEEK)).then(new ProgressReportOverdue(1, NOW.plus(WEEK)));
        // the acceptance ends the weekly clock and starts after-sales: callback in 3 days, survey and the
        // contract's monthly inspection a month later
        Instant inAMonth = NOW.atOffset(java.time.ZoneOffset.UTC).plusMonths(1).toInstant();
        spec().given(OPENED, PLANNED, M1, M2).when(new DeliveryCommand.SignAcceptance(NOW, "ACC-1", BOTH, null))
                .thenDeadlines(rules, DeadlineChange.cancelAll(),
                        DeadlineChange.open(DeliveryDecider.CALLBACK, NOW.plus(Duration.ofDays(3))),
                        DeadlineChange.open(DeliveryDecider.SURVEY, inAMonth),
                        DeadlineChange.open(DeliveryDecider.MAINTENANCE, "MONTHLY_INSPECTION", inAMonth));
        spec().given(OPENED, PLANNED, M1, M2, ACCEPTED).when(new DeliveryCommand.CompleteCallback(NOW.plus(WEEK),
                null, "all fine", List.of())).thenDeadlines(rules, DeadlineChange.meet(DeliveryDecider.CALLBACK));
        Instant visited = NOW.plus(Duration.ofDays(6));
        spec().given(OPENED, PLANNED, M1, M2, ACCEPTED).when(new DeliveryCommand.LogMaintenance(NOW.plus(WEEK),
                MaintenanceKind.MONTHLY_INSPECTION, visited, "x")).thenDeadlines(rules,
                DeadlineChange.meet(DeliveryDecider.MAINTENANCE, "MONTHLY_INSPECTION"),
                DeadlineChange.open(DeliveryDecider.MAINTENANCE, "MONTHLY_INSPECTION",
                        visited.atOffset(java.time.ZoneOffset.UTC).plusMonths(1).toInstant()));
    }

    @Test
    void aMissedWeekIsOverdueOnceAndAReportedWeekNever() {
        spec().given(OPENED, PLANNED).when(new DeliveryCommand.MarkOverdue(NOW, DeliveryDecider.PROGRESS_REPORT, 1, NOW))
                .then(new ProgressReportOverdue(1, NOW));
        spec().given(OPENED, PLANNED, new ProgressReported(1, "w1", List.of()))
                .when(new DeliveryCommand.MarkOverdue(NOW, DeliveryDecider.PROGRESS_REPORT, 1, NOW)).then();
    }

    @Test
    void acceptanceNeedsEveryMilestoneCompleteOrAnOverride() {
        spec().given(OPENED, PLANNED, M1).when(new DeliveryCommand.SignAcceptance(NOW, "ACC-1", BOTH, null))
                .thenRejected("milestones-open");
        spec().given(OPENED, PLANNED, M1).when(new DeliveryCommand.SignAcceptance(NOW, "ACC-1", BOTH,
                "M2 moved to a change request")).then(new AcceptanceSigned("ACC-1", "Li Wei", NOW,
                "M2 moved to a change request", BOTH));
        spec().given(OPENED, PLANNED, M1, M2).when(new DeliveryCommand.SignAcceptance(NOW, "ACC-1", BOTH, null))
                .then(new AcceptanceSigned("ACC-1", "Li Wei", NOW, null, BOTH));
    }

    @Test
    void theAcceptanceReportIsSignedByBothSides() {
        spec().given(OPENED, PLANNED, M1, M2).when(new DeliveryCommand.SignAcceptance(NOW, "ACC-1", List.of(BOTH.get(1),
                new Signature(Signature.Side.OURS, "Mia", "Manager", NOW, Signature.Method.ELECTRONIC, null)), null))
                .thenRejected("both-sides-sign");
        spec().given(OPENED, PLANNED, M1, M2).when(new DeliveryCommand.SignAcceptance(NOW, "ACC-1", List.of(BOTH.get(1),
                new Signature(Signature.Side.CUSTOMER, "Li Wei", "CTO", NOW.plus(Duration.ofHours(2)),
                        Signature.Method.PAPER, "scan DMS-signed")), null)).thenRejected("signedAt-in-future");
    }

    @Test
    void statedAfterSalesTimesLieBetweenTheAcceptanceAndNow() {
        spec().given(OPENED, PLANNED, M1, M2, ACCEPTED).when(new DeliveryCommand.CompleteCallback(NOW.plus(WEEK),
                NOW.minusSeconds(60), "x", List.of())).thenRejected("at-before-acceptance");
        spec().given(OPENED, PLANNED, M1, M2, ACCEPTED).when(new DeliveryCommand.LogMaintenance(NOW.plus(WEEK),
                MaintenanceKind.MONTHLY_INSPECTION, NOW.plus(Duration.ofDays(8)), "x")).thenRejected("at-in-future");
        spec().given(OPENED, PLANNED, M1, M2, ACCEPTED).when(new DeliveryCommand.CompleteCallback(NOW.plus(WEEK),
                null, "all fine", List.of())).then(new CallbackCompleted(NOW.plus(WEEK), "all fine", List.of()));
    }

    @Test
    void afterSalesStartsWithTheAcceptance() {
        spec().given(OPENED, PLANNED).when(new DeliveryCommand.CompleteCallback(NOW, NOW, "x", List.of()))
                .thenRejected("not-accepted");
    }

    @Test
    void surveyScoresAreOneToFiveByDefaultAndTheScaleIsConfiguration() {
        Instant inAMonth = NOW.plus(Duration.ofDays(30));
        spec().given(OPENED, PLANNED, M1, M2, ACCEPTED).when(new DeliveryCommand.Survey(inAMonth, 6, 4, 4, 4,
                SatisfactionSurveyed.Overall.SATISFIED, null)).thenRejected("score-range");
        spec().given(OPENED, PLANNED, M1, M2, ACCEPTED).when(new DeliveryCommand.Survey(inAMonth, 5, 4, 4, 3,
                SatisfactionSurveyed.Overall.SATISFIED, " ")).then(new SatisfactionSurveyed(5, 4, 4, 3,
                SatisfactionSurveyed.Overall.SATISFIED, null, 5, inAMonth));
        DeliveryDecider tenPoint = new DeliveryDecider(new DeliveryRules(WEEK, Period.ofWeeks(3), 10));
        DeciderSpec.of(tenPoint).given(OPENED, PLANNED, M1, M2, ACCEPTED).when(new DeliveryCommand.Survey(inAMonth, 9, 8,
                10, 7, SatisfactionSurveyed.Overall.SATISFIED, null)).thenEvents(events ->
                assertThat(((SatisfactionSurveyed) events.get(0)).scaleMax()).isEqualTo(10));
    }

    @Test
    void theSurveyComesAfterRealUseNotTheDayAfterAcceptance() {
        DeciderSpec<Delivery, DeliveryCommand> accepted = spec().given(OPENED, PLANNED, M1, M2, ACCEPTED);
        accepted.when(new DeliveryCommand.Survey(NOW.plus(Duration.ofDays(1)), 5, 5, 5, 5,
                SatisfactionSurveyed.Overall.SATISFIED, null)).thenRejected("survey-too-early");
        accepted.when(new DeliveryCommand.Survey(NOW.plus(Duration.ofDays(20)), 5, 5, 5, 5,
                SatisfactionSurveyed.Overall.SATISFIED, null)).thenRejected("survey-too-early");
        accepted.when(new DeliveryCommand.Survey(NOW.plus(Duration.ofDays(21)), 5, 5, 5, 5,
                SatisfactionSurveyed.Overall.SATISFIED, null)).thenEvents(events -> assertThat(events).hasSize(1));
    }

    @Test
    void callbackAndSurveyDeadlinesFireOnlyWhenMissed() {
        spec().given(OPENED, PLANNED, M1, M2, ACCEPTED)
                .when(new DeliveryCommand.MarkOverdue(NOW, DeliveryDecider.CALLBACK, 0, NOW)).then(new CallbackOverdue(NOW));
        spec().given(OPENED, PLANNED, M1, M2, ACCEPTED, new CallbackCompleted(NOW, "fine", List.of()))
                .when(new DeliveryCommand.MarkOverdue(NOW, DeliveryDecider.CALLBACK, 0, NOW)).then();
        spec().given(OPENED, PLANNED, M1, M2, ACCEPTED)
                .when(new DeliveryCommand.MarkOverdue(NOW, DeliveryDecider.SURVEY, 0, NOW)).then(new SurveyOverdue(NOW));
    }

    @Test
    void upsellsReferralsAndCommunityNameTheAccount() {
        spec().given(OPENED, PLANNED, M1, M2, ACCEPTED).when(new DeliveryCommand.IdentifyUpsell(NOW, "module", "daily use"))
                .then(new UpsellIdentified(ACCOUNT, "module", "daily use", "Acme", null));
        Contact contact = new Contact("Eva", null, null, "eva@x.example");
        spec().given(OPENED, PLANNED, M1, M2, ACCEPTED)
                .when(new DeliveryCommand.RecordReferral(NOW, "Northern AB", contact, "free month"))
                .then(new ReferralReceived(ACCOUNT, "Northern AB", contact, "free month"));
        spec().given(OPENED, PLANNED, M1, M2, ACCEPTED, new CommunityJoined(ACCOUNT, "Rail Circle"))
                .when(new DeliveryCommand.JoinCommunity(NOW, "rail circle")).thenRejected("already-member");
    }

    @Test
    void withoutAnAccountTheOpportunityIdentifiesTheCustomer() {
        DeliveryOpened noAccount = new DeliveryOpened(OPP, CONTRACT, NOW, LocalDate.parse("2026-06-30"), MAINTENANCE,
                Scenario.NEW_CUSTOMER, "Acme", null);
        spec().given(noAccount, PLANNED, M1, M2, ACCEPTED).when(new DeliveryCommand.IdentifyUpsell(NOW, "m", "r"))
                .thenEvents(events -> assertThat(((UpsellIdentified) events.get(0)).accountId()).isEqualTo(OPP));
    }

    @Test
    void theContractsMaintenanceScheduleIsKeptWithItsOwnDeadlines() {
        Instant due = Instant.parse("2026-06-20T09:00:00Z"); // one month after the acceptance
        DeliveryCommand.MarkOverdue missed = new DeliveryCommand.MarkOverdue(due, DeliveryDecider.MAINTENANCE, 0, due,
                "MONTHLY_INSPECTION");
        spec().given(OPENED, PLANNED, M1, M2, ACCEPTED).when(missed).then(new io.dealstream.events.delivery
                .MaintenanceOverdue(MaintenanceKind.MONTHLY_INSPECTION, due, Instant.parse("2026-07-20T09:00:00Z")));
        // logged within the month before its due time: nothing is overdue
        spec().given(OPENED, PLANNED, M1, M2, ACCEPTED, new MaintenanceLogged(MaintenanceKind.MONTHLY_INSPECTION,
                due.minus(Duration.ofDays(3)), "all green")).when(missed).then();
        // a kind the contract does not schedule is never overdue
        spec().given(OPENED, PLANNED, M1, M2, ACCEPTED).when(new DeliveryCommand.MarkOverdue(due,
                DeliveryDecider.MAINTENANCE, 0, due, "QUARTERLY_TRAINING")).then();
    }

    @Test
    void communityNewsAndEventsNameTheirCommunityAndAnEventItsDay() {
        CommunityDecider community = new CommunityDecider();
        assertThat(community.decide(0, new CommunityDecider.Publish(NOW, " Rail Circle ",
                io.dealstream.events.delivery.CommunityNewsPublished.Kind.NEWS, "New members", "Welcome Acme", null)))
                .singleElement().satisfies(n -> assertThat(n.communityId()).isEqualTo(CommunityDecider.streamOf("rail circle")));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> community.decide(0, new CommunityDecider.Publish(NOW,
                        "Rail Circle", io.dealstream.events.delivery.CommunityNewsPublished.Kind.EVENT, "Day", "x", null)))
                .hasFieldOrPropertyWithValue("rule", "event-date-required");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> community.decide(0, new CommunityDecider.Publish(NOW,
                        "Rail Circle", io.dealstream.events.delivery.CommunityNewsPublished.Kind.EVENT, "Day", "x",
                        LocalDate.parse("2026-05-01")))).hasFieldOrPropertyWithValue("rule", "event-date-in-past");
    }

    /** Every required text, stated time and order-of-steps rule of stages 6 and 7, broken one at a time. */
    @org.junit.jupiter.api.Nested
    class RequiredTextsStatedTimesAndOrderOfSteps {

        final Instant inAMonth = NOW.plus(Duration.ofDays(30));
        final DeciderSpec<Delivery, DeliveryCommand> accepted() {
            return spec().given(OPENED, PLANNED, M1, M2, ACCEPTED);
        }

        @Test
        void aPlanHasMilestonesKeepsTheCompletedOnesAndEndsWithTheAcceptance() {
            spec().given(OPENED).when(new DeliveryCommand.Plan(NOW, List.of())).thenRejected("milestones-required");
            spec().given(OPENED, PLANNED, M1).when(new DeliveryCommand.Plan(NOW, PLAN.subList(1, 2)))
                    .thenRejected("completed-milestone-kept");
            accepted().when(new DeliveryCommand.Plan(NOW, PLAN)).thenRejected("delivery-accepted");
            accepted().when(new DeliveryCommand.ReportProgress(NOW, "week 9", List.of())).thenRejected("delivery-accepted");
            accepted().when(new DeliveryCommand.SignAcceptance(NOW, "ACC-2", BOTH, null)).thenRejected("delivery-accepted");
        }

        @Test
        void progressAndMilestonesAreReportedOnceInsideTheWindow() {
            spec().given(OPENED, PLANNED).when(new DeliveryCommand.ReportProgress(NOW, " ", List.of()))
                    .thenRejected("summary-required");
            spec().given(OPENED, PLANNED, M1).when(new DeliveryCommand.CompleteMilestone(NOW, "M1", null))
                    .thenRejected("milestone-completed");
            spec().given(OPENED, PLANNED).when(new DeliveryCommand.CompleteMilestone(NOW, "M1", NOW.plus(Duration.ofHours(1))))
                    .thenRejected("completedAt-in-future");
            spec().given(OPENED, PLANNED).when(new DeliveryCommand.CompleteMilestone(NOW, "M1", NOW.minus(Duration.ofDays(31))))
                    .thenRejected("completedAt-backdated");
        }

        @Test
        void theAcceptanceFollowsAPlanAndNamesItsReport() {
            spec().given(OPENED).when(new DeliveryCommand.SignAcceptance(NOW, "ACC-1", BOTH, "customer accepts as is"))
                    .thenRejected("no-plan");
            spec().given(OPENED, PLANNED, M1, M2).when(new DeliveryCommand.SignAcceptance(NOW, " ", BOTH, null))
                    .thenRejected("reportRef-required");
        }

        @Test
        void afterSalesActsAreRecordedOnceWithNotesAndAfterTheAcceptance() {
            accepted().when(new DeliveryCommand.CompleteCallback(NOW.plus(WEEK), null, " ", List.of()))
                    .thenRejected("notes-required");
            spec().given(OPENED, PLANNED, M1, M2, ACCEPTED, new CallbackCompleted(NOW, "fine", List.of()))
                    .when(new DeliveryCommand.CompleteCallback(NOW.plus(WEEK), null, "again", List.of()))
                    .thenRejected("callback-done");
            // the acceptance signed 40 days ago; a visit stated 35 days back is beyond the 30-day window
            Instant longAgo = NOW.minus(Duration.ofDays(40));
            spec().given(OPENED, PLANNED, M1, M2, new AcceptanceSigned("ACC-1", "Li Wei", longAgo, null))
                    .when(new DeliveryCommand.LogMaintenance(NOW, MaintenanceKind.MONTHLY_INSPECTION,
                            NOW.minus(Duration.ofDays(35)), "inspected")).thenRejected("at-backdated");
            spec().given(OPENED, PLANNED, M1, M2, ACCEPTED, new SatisfactionSurveyed(5, 4, 4, 3,
                            SatisfactionSurveyed.Overall.SATISFIED, null, 5, inAMonth))
                    .when(new DeliveryCommand.Survey(inAMonth, 5, 5, 5, 5, SatisfactionSurveyed.Overall.SATISFIED, null))
                    .thenRejected("survey-done");
        }

        @Test
        void upsellsReferralsAndCommunitiesSayWhatAndWhom() {
            accepted().when(new DeliveryCommand.IdentifyUpsell(NOW, " ", "more depots")).thenRejected("product-required");
            accepted().when(new DeliveryCommand.IdentifyUpsell(NOW, "alerts module", null)).thenRejected("rationale-required");
            Contact reachable = new Contact("Ana Ruiz", "COO", null, "ana@next.example");
            accepted().when(new DeliveryCommand.RecordReferral(NOW, "Next Rail", new Contact("Ana Ruiz", "COO", null, null),
                    "service credit")).thenRejected("contact-details-required");
            accepted().when(new DeliveryCommand.RecordReferral(NOW, " ", reachable, "service credit"))
                    .thenRejected("referredCompany-required");
            accepted().when(new DeliveryCommand.RecordReferral(NOW, "Next Rail", reachable, ""))
                    .thenRejected("incentive-required");
            accepted().when(new DeliveryCommand.JoinCommunity(NOW, " ")).thenRejected("community-required");
        }

        @Test
        void communityNewsNamesItsCommunityTitleAndText() {
            DeciderSpec<Integer, CommunityDecider.Publish> community = DeciderSpec.of(new CommunityDecider());
            community.when(new CommunityDecider.Publish(NOW, " ", CommunityNewsPublished.Kind.NEWS, "t", "x", null))
                    .thenRejected("community-required");
            community.when(new CommunityDecider.Publish(NOW, "rail", CommunityNewsPublished.Kind.NEWS, " ", "x", null))
                    .thenRejected("title-required");
            community.when(new CommunityDecider.Publish(NOW, "rail", CommunityNewsPublished.Kind.NEWS, "t", null, null))
                    .thenRejected("text-required");
        }
    }
}
