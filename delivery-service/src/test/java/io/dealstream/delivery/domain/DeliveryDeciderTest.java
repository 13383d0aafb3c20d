package io.dealstream.delivery.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.dealstream.events.common.Contact;
import io.dealstream.events.common.MaintenanceCommitment;
import io.dealstream.events.common.MaintenanceKind;
import io.dealstream.events.common.Scenario;
import io.dealstream.events.delivery.AcceptanceSigned;
import io.dealstream.events.delivery.CallbackCompleted;
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
import io.dealstream.eventstore.testing.DeciderSpec;
import java.time.Instant;
import java.time.LocalDate;
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
            MAINTENANCE, Scenario.NEW_CUSTOMER, "Acme", ACCOUNT);
    static final List<Milestone> PLAN = List.of(
            new Milestone("M1", "survey", LocalDate.parse("2026-05-27"), "Raj", "report"),
            new Milestone("M2", "rollout", LocalDate.parse("2026-06-15"), "Raj", "go-live"));
    static final DeliveryPlanned PLANNED = new DeliveryPlanned(PLAN);
    static final MilestoneCompleted M1 = new MilestoneCompleted("M1", NOW);
    static final MilestoneCompleted M2 = new MilestoneCompleted("M2", NOW);
    static final AcceptanceSigned ACCEPTED = new AcceptanceSigned("ACC-1", "Li Wei", NOW, null);

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
    void everyMilestoneHasAnOwnerAndAUniqueId() {
        spec().given(OPENED).when(new DeliveryCommand.Plan(NOW, List.of(new Milestone("M1", "x",
                LocalDate.parse("2026-05-27"), " ", "d")))).thenRejected("milestone-owner-required");
        spec().given(OPENED).when(new DeliveryCommand.Plan(NOW, List.of(PLAN.get(0), PLAN.get(0))))
                .thenRejected("milestone-ids-unique");
        spec().given(OPENED).when(new DeliveryCommand.Plan(NOW, PLAN)).then(PLANNED);
    }

    @Test
    void progressReportsCountTheWeeks() {
        spec().given(OPENED, PLANNED, new ProgressReported(1, "w1", List.of()))
                .when(new DeliveryCommand.ReportProgress(NOW, "w2", List.of()))
                .then(new ProgressReported(2, "w2", List.of()));
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
        spec().given(OPENED, PLANNED, M1).when(new DeliveryCommand.SignAcceptance(NOW, "ACC-1", "Li Wei", NOW, null))
                .thenRejected("milestones-open");
        spec().given(OPENED, PLANNED, M1).when(new DeliveryCommand.SignAcceptance(NOW, "ACC-1", "Li Wei", NOW,
                "M2 moved to a change request")).then(new AcceptanceSigned("ACC-1", "Li Wei", NOW,
                "M2 moved to a change request"));
        spec().given(OPENED, PLANNED, M1, M2).when(new DeliveryCommand.SignAcceptance(NOW, "ACC-1", "Li Wei", NOW, null))
                .then(ACCEPTED);
    }

    @Test
    void afterSalesStartsWithTheAcceptance() {
        spec().given(OPENED, PLANNED).when(new DeliveryCommand.CompleteCallback(NOW, NOW, "x", List.of()))
                .thenRejected("not-accepted");
    }

    @Test
    void surveyScoresAreOneToFive() {
        spec().given(OPENED, PLANNED, M1, M2, ACCEPTED).when(new DeliveryCommand.Survey(NOW, 6, 4, 4, 4,
                SatisfactionSurveyed.Overall.SATISFIED, null)).thenRejected("score-range");
        spec().given(OPENED, PLANNED, M1, M2, ACCEPTED).when(new DeliveryCommand.Survey(NOW, 5, 4, 4, 3,
                SatisfactionSurveyed.Overall.SATISFIED, " ")).then(new SatisfactionSurveyed(5, 4, 4, 3,
                SatisfactionSurveyed.Overall.SATISFIED, null));
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
}
