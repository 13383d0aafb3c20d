package io.dealstream.lead.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.dealstream.events.common.BudgetRange;
import io.dealstream.events.common.Contact;
import io.dealstream.events.common.Scenario;
import io.dealstream.events.lead.Channel;
import io.dealstream.events.lead.ContactVia;
import io.dealstream.events.lead.FirstContactLogged;
import io.dealstream.events.lead.FollowUpKind;
import io.dealstream.events.lead.FollowUpLogged;
import io.dealstream.events.lead.FollowUpOutcome;
import io.dealstream.events.lead.FollowUpOverdue;
import io.dealstream.events.lead.Intent;
import io.dealstream.events.lead.LeadCaptured;
import io.dealstream.events.lead.LeadDisqualified;
import io.dealstream.events.lead.LeadQualified;
import io.dealstream.events.lead.ScenarioChanged;
import io.dealstream.events.lead.LeadReactivated;
import io.dealstream.events.lead.LeadsMerged;
import io.dealstream.events.lead.NurtureMaterialSent;
import io.dealstream.events.lead.Tier;
import io.dealstream.eventstore.Deadline;
import io.dealstream.eventstore.DeadlineChange;
import io.dealstream.eventstore.testing.DeciderSpec;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Stage-1 rules, given events / when command / then events. */
class LeadDeciderTest {

    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    static final UUID LEAD = UUID.fromString("11111111-1111-1111-1111-111111111111");
    static final Contact CONTACT = new Contact("Li Wei", "CTO", "+49 30 1234567", "li.wei@acme.example");
    static final BudgetRange BUDGET = new BudgetRange(new BigDecimal("50000"), new BigDecimal("80000"), "EUR");
    static final LeadCaptured CAPTURED = new LeadCaptured(LEAD, null, "Acme Rail", CONTACT, Channel.TRADE_SHOW,
            "2026 trade show", "slow maintenance planning", Scenario.NEW_CUSTOMER, null, "rail", "alice");

    final LeadDecider decider = new LeadDecider(TierPolicy.SOP);

    DeciderSpec<Lead, LeadCommand> spec() {
        return DeciderSpec.of(decider);
    }

    static LeadCommand.LogFirstContact firstContact(boolean needStated, BudgetRange budget) {
        return new LeadCommand.LogFirstContact(NOW, ContactVia.PHONE, NOW.minusSeconds(600), "intro call", needStated,
                budget);
    }

    static LeadQualified qualified(Intent intent, String reason, Duration due, BudgetRange budget, boolean overridden) {
        return new LeadQualified(intent, reason, Tier.valueOf(intent.name()), NOW.plus(due), "Acme Rail", null, CONTACT,
                "slow maintenance planning", budget, Scenario.NEW_CUSTOMER, overridden, "alice", 1);
    }

    @Nested
    class Capture {

        LeadCommand.Capture capture(Contact contact, Channel channel, String sourceTag) {
            return new LeadCommand.Capture(NOW, LEAD, null, " Acme Rail ", contact, channel, sourceTag,
                    "slow maintenance planning", Scenario.NEW_CUSTOMER, null, "rail", "alice");
        }

        @Test
        void recordsTheLeadWithItsChannelAndSourceTag() {
            spec().when(capture(CONTACT, Channel.TRADE_SHOW, "2026 trade show")).then(CAPTURED);
        }

        @Test
        void aLeadIsCapturedOnce() {
            spec().given(CAPTURED).when(capture(CONTACT, Channel.TRADE_SHOW, "x")).thenRejected("lead-exists");
        }

        @Test
        void needsAWayToReachTheContact() {
            spec().when(capture(new Contact("Li Wei", null, null, null), Channel.WEBSITE_FORM, null))
                    .thenRejected("contact-details-required");
        }

        @Test
        void aReferralNamesWhoReferred() {
            spec().when(capture(CONTACT, Channel.REFERRAL, null)).thenRejected("referral-needs-referrer");
            UUID referrer = UUID.fromString("22222222-2222-2222-2222-222222222222");
            spec().when(new LeadCommand.Capture(NOW, LEAD, null, "Acme Rail", CONTACT, Channel.REFERRAL, null, null, null,
                    null, null, null, referrer)).thenEvents(events ->
                    assertThat(((LeadCaptured) events.get(0)).referredByOpportunityId()).isEqualTo(referrer));
        }

        @Test
        void theScenarioFollowsTheCustomer() {
            UUID account = UUID.fromString("aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa");
            LeadCommand.Capture forAccount = new LeadCommand.Capture(NOW, LEAD, account, "Acme Rail", CONTACT,
                    Channel.SOCIAL_DM, null, null, null, null, null, null);
            spec().when(forAccount).thenEvents(events ->
                    assertThat(((LeadCaptured) events.get(0)).scenario()).isEqualTo(Scenario.REPEAT_PURCHASE));
            spec().when(new LeadCommand.Capture(NOW, LEAD, account, "Acme Rail", CONTACT, Channel.SOCIAL_DM, null, null,
                    Scenario.KEY_ACCOUNT, null, null, null)).thenEvents(events ->
                    assertThat(((LeadCaptured) events.get(0)).scenario()).isEqualTo(Scenario.KEY_ACCOUNT));
            spec().when(new LeadCommand.Capture(NOW, LEAD, null, "Acme Rail", CONTACT, Channel.SOCIAL_DM, null, null,
                    null, null, null, null)).thenEvents(events ->
                    assertThat(((LeadCaptured) events.get(0)).scenario()).isEqualTo(Scenario.NEW_CUSTOMER));
        }
    }

    @Nested
    class GradingAndTiers {

        @Test
        void needAndBudgetIsHighWithADeepConversationDueIn24Hours() {
            spec().given(CAPTURED).when(firstContact(true, BUDGET)).then(
                    new FirstContactLogged(ContactVia.PHONE, NOW.minusSeconds(600), "intro call", true, BUDGET),
                    qualified(Intent.HIGH, "clear need and a budget", Duration.ofHours(24), BUDGET, false));
        }

        @Test
        void needWithoutBudgetIsMediumWithAFollowUpDue7DaysLater() {
            spec().given(CAPTURED).when(firstContact(true, null)).then(
                    new FirstContactLogged(ContactVia.PHONE, NOW.minusSeconds(600), "intro call", true, null),
                    qualified(Intent.MEDIUM, "need stated, budget not confirmed", Duration.ofDays(7), null, false));
        }

        @Test
        void noClearNeedIsLowDeferredForAQuarter() {
            spec().given(CAPTURED).when(firstContact(false, BUDGET)).then(
                    new FirstContactLogged(ContactVia.PHONE, NOW.minusSeconds(600), "intro call", false, BUDGET),
                    qualified(Intent.LOW, "aware of us only, no clear need", Duration.ofDays(92), BUDGET, false));
        }

        @Test
        void aDeferredLeadIsReactivatedEveryCalendarQuarterUntilClosed() {
            LeadQualified low = qualified(Intent.LOW, "aware of us only, no clear need", Duration.ofDays(92), null, false);
            Instant due = low.nextStepDueAt(); // 2026-06-02: a calendar quarter after 2026-03-02
            assertThat(due).isEqualTo(Instant.parse("2026-06-02T09:00:00Z"));
            spec().given(CAPTURED, low).when(new LeadCommand.MarkOverdue(due, FollowUpKind.QUARTERLY_REACTIVATION, due))
                    .then(new FollowUpOverdue(FollowUpKind.QUARTERLY_REACTIVATION, due,
                            Instant.parse("2026-09-02T09:00:00Z")));
            // the reactivation call made: the next one is a quarter after it
            spec().given(CAPTURED, low).when(new LeadCommand.LogFollowUp(due, "still no project", FollowUpOutcome.REACHED,
                    null, null, null)).then(new FollowUpLogged("still no project", FollowUpOutcome.REACHED,
                    Instant.parse("2026-09-02T09:00:00Z")));
            spec().given(CAPTURED, low, new LeadDisqualified("gone"))
                    .when(new LeadCommand.MarkOverdue(due, FollowUpKind.QUARTERLY_REACTIVATION, due)).then();
        }

        @Test
        void deadlinesFollowTheConfiguredPolicy() {
            LeadDecider fast = new LeadDecider(new TierPolicy(Duration.ofHours(2), Duration.ofDays(1), java.time.Period.ofMonths(1)));
            DeciderSpec.of(fast).given(CAPTURED).when(firstContact(true, BUDGET)).thenEvents(events ->
                    assertThat(((LeadQualified) events.get(1)).nextStepDueAt()).isEqualTo(NOW.plus(Duration.ofHours(2))));
        }

        @Test
        void theFirstContactIsLoggedOnce() {
            spec().given(CAPTURED, new FirstContactLogged(ContactVia.PHONE, NOW, "x", true, null))
                    .when(firstContact(true, null)).thenRejected("first-contact-already-logged");
        }

        @Test
        void overridingTheDerivedGradeIsAManagersActWithAReason() {
            spec().given(CAPTURED, new FirstContactLogged(ContactVia.PHONE, NOW, "x", true, null))
                    .when(new LeadCommand.Qualify(NOW, null, null, Intent.HIGH, "looks promising", false))
                    .thenRejected("override-needs-manager");
            spec().given(CAPTURED, new FirstContactLogged(ContactVia.PHONE, NOW, "x", true, null))
                    .when(new LeadCommand.Qualify(NOW, null, null, Intent.HIGH, " ", true))
                    .thenRejected("override-needs-reason");
            // re-grading from facts stays a salesperson's act
            spec().given(CAPTURED, new FirstContactLogged(ContactVia.PHONE, NOW, "x", true, null))
                    .when(new LeadCommand.Qualify(NOW, null, BUDGET, null, null, false)).thenEvents(events ->
                            assertThat(((LeadQualified) events.get(0)).intent()).isEqualTo(Intent.HIGH));
        }

        @Test
        void anOverrideWithAReasonIsRecordedAsSuch() {
            spec().given(CAPTURED, new FirstContactLogged(ContactVia.PHONE, NOW, "x", true, null))
                    .when(new LeadCommand.Qualify(NOW, null, null, Intent.HIGH, "board approved budget verbally", true))
                    .then(qualified(Intent.HIGH, "board approved budget verbally", Duration.ofHours(24), null, true));
        }

        @Test
        void requalifyingWithNewFactsDerivesTheGrade() {
            spec().given(CAPTURED, new FirstContactLogged(ContactVia.PHONE, NOW, "x", true, null))
                    .when(new LeadCommand.Qualify(NOW, null, BUDGET, null, null, false))
                    .then(qualified(Intent.HIGH, "clear need and a budget", Duration.ofHours(24), BUDGET, false));
        }

        @Test
        void gradingWithoutAnyFactsIsRefused() {
            spec().given(CAPTURED).when(new LeadCommand.Qualify(NOW, null, null, null, null, false))
                    .thenRejected("facts-required");
        }
    }

    @Nested
    class NurtureAndFollowUps {

        final FirstContactLogged contacted = new FirstContactLogged(ContactVia.EMAIL, NOW, "x", true, null);
        final LeadQualified medium = qualified(Intent.MEDIUM, "need stated, budget not confirmed", Duration.ofDays(7),
                null, false);

        @Test
        void materialIsPushedToTheNurturePool() {
            spec().given(CAPTURED, contacted, medium)
                    .when(new LeadCommand.SendNurtureMaterial(NOW, "rail case study", "email"))
                    .then(new NurtureMaterialSent("rail case study", "email"));
        }

        @Test
        void materialIsNotPushedOutsideTheNurturePool() {
            spec().given(CAPTURED, contacted, qualified(Intent.HIGH, "r", Duration.ofHours(24), BUDGET, false))
                    .when(new LeadCommand.SendNurtureMaterial(NOW, "rail case study", "email"))
                    .thenRejected("not-in-nurture-pool");
        }

        @Test
        void aFollowUpWithABudgetReGradesTheNurturedLeadHigh() {
            Instant next = NOW.plus(Duration.ofDays(2));
            spec().given(CAPTURED, contacted, medium)
                    .when(new LeadCommand.LogFollowUp(NOW, "budget confirmed", FollowUpOutcome.REACHED, next, null, BUDGET))
                    .then(new FollowUpLogged("budget confirmed", FollowUpOutcome.REACHED, next),
                            qualified(Intent.HIGH, "re-graded after follow-up: clear need and a budget",
                                    Duration.ofHours(24), BUDGET, false));
        }

        @Test
        void aFollowUpWithoutNewFactsKeepsTheGrade() {
            spec().given(CAPTURED, contacted, medium)
                    .when(new LeadCommand.LogFollowUp(NOW, "no answer", FollowUpOutcome.NO_ANSWER, null, null, null))
                    .then(new FollowUpLogged("no answer", FollowUpOutcome.NO_ANSWER, null));
        }

        @Test
        void followUpsNeedTheFirstContact() {
            spec().given(CAPTURED)
                    .when(new LeadCommand.LogFollowUp(NOW, "x", FollowUpOutcome.REACHED, null, null, null))
                    .thenRejected("first-contact-missing");
        }

        @Test
        void theNextFollowUpLiesInTheFuture() {
            spec().given(CAPTURED, contacted, medium)
                    .when(new LeadCommand.LogFollowUp(NOW, "x", FollowUpOutcome.REACHED, NOW.minusSeconds(1), null, null))
                    .thenRejected("next-follow-up-in-past");
        }

        @Test
        void aMissedDeadlineIsMarkedOverdue() {
            spec().given(CAPTURED, contacted, medium)
                    .when(new LeadCommand.MarkOverdue(NOW, FollowUpKind.NURTURE_FOLLOW_UP_7D, NOW.minusSeconds(5)))
                    .then(new FollowUpOverdue(FollowUpKind.NURTURE_FOLLOW_UP_7D, NOW.minusSeconds(5)));
        }
    }

    @Nested
    class ReactivationAndClosing {

        final FirstContactLogged contacted = new FirstContactLogged(ContactVia.EMAIL, NOW, "x", false, null);
        final LeadQualified low = qualified(Intent.LOW, "aware of us only, no clear need", Duration.ofDays(90), null,
                false);

        @Test
        void aDeferredLeadIsReactivated() {
            spec().given(CAPTURED, contacted, low).when(new LeadCommand.Reactivate(NOW, "new budget year"))
                    .then(new LeadReactivated(Intent.LOW, "new budget year"));
        }

        @Test
        void reactivationPutsTheLeadBackToContactedWithoutGrade() {
            Lead after = spec().given(CAPTURED, contacted, low).when(new LeadCommand.Reactivate(NOW, "new budget year"))
                    .stateAfter();
            assertThat(after.status()).isEqualTo(LeadStatus.CONTACTED);
            assertThat(after.intent()).isNull();
        }

        @Test
        void onlyADeferredOrDisqualifiedLeadIsReactivated() {
            spec().given(CAPTURED).when(new LeadCommand.Reactivate(NOW, "x")).thenRejected("not-deferred");
        }

        @Test
        void aLostDealSendsTheLeadBackToTheDeferredPool() {
            spec().given(CAPTURED, contacted, qualified(Intent.HIGH, "r", Duration.ofHours(24), BUDGET, false))
                    .when(new LeadCommand.Defer(NOW, "deal lost: price"))
                    .then(new LeadQualified(Intent.LOW, "deal lost: price", Tier.LOW, Instant.parse("2026-06-02T09:00:00Z"),
                            "Acme Rail", null, CONTACT, "slow maintenance planning", BUDGET, Scenario.NEW_CUSTOMER,
                            false, "alice", 1));
        }

        @Test
        void aLostOpportunityGradedHighAgainStartsItsNextCycle() {
            LeadQualified high = qualified(Intent.HIGH, "r", Duration.ofHours(24), BUDGET, false);
            LeadQualified deferred = new LeadQualified(Intent.LOW, "deal lost: price", Tier.LOW,
                    Instant.parse("2026-06-02T09:00:00Z"), "Acme Rail", null, CONTACT, "slow maintenance planning",
                    BUDGET, Scenario.NEW_CUSTOMER, false, "alice", 1);
            // re-graded HIGH after the loss (new budget year): the stages run again as cycle 2
            spec().given(CAPTURED, contacted, high, deferred).when(new LeadCommand.LogFollowUp(NOW, "new budget year",
                    FollowUpOutcome.REACHED, null, true, BUDGET)).thenEvents(events ->
                    assertThat(((LeadQualified) events.get(1)).cycle()).isEqualTo(2));
            // reactivated, then graded HIGH: cycle 2 as well
            spec().given(CAPTURED, contacted, high, deferred, new LeadReactivated(Intent.LOW, "new budget year"))
                    .when(new LeadCommand.Qualify(NOW, true, BUDGET, null, null, false)).thenEvents(events ->
                            assertThat(((LeadQualified) events.get(0)).cycle()).isEqualTo(2));
            // a MEDIUM lead never graded HIGH, deferred and then HIGH: still its first cycle
            LeadQualified medium = qualified(Intent.MEDIUM, "m", Duration.ofDays(7), null, false);
            spec().given(CAPTURED, contacted, medium, new LeadQualified(Intent.LOW, "no budget", Tier.LOW, NOW, "Acme Rail",
                    null, CONTACT, "x", null, Scenario.NEW_CUSTOMER, false, "alice", 1))
                    .when(new LeadCommand.Qualify(NOW, true, BUDGET, null, null, false)).thenEvents(events ->
                            assertThat(((LeadQualified) events.get(0)).cycle()).isEqualTo(1));
            // a HIGH lead re-graded HIGH within its cycle stays in it
            spec().given(CAPTURED, contacted, high).when(new LeadCommand.Qualify(NOW, true, BUDGET, null, null, false))
                    .thenEvents(events -> assertThat(((LeadQualified) events.get(0)).cycle()).isEqualTo(1));
        }

        @Test
        void aManagerFlagsTheOpportunityKeyAccountLaterWithAReason() {
            spec().given(CAPTURED).when(new LeadCommand.ChangeScenario(NOW, Scenario.KEY_ACCOUNT, "group rollout", "sam",
                    false)).thenRejected("scenario-needs-manager");
            spec().given(CAPTURED).when(new LeadCommand.ChangeScenario(NOW, Scenario.KEY_ACCOUNT, " ", "mia", true))
                    .thenRejected("reason-required");
            spec().given(CAPTURED).when(new LeadCommand.ChangeScenario(NOW, Scenario.NEW_CUSTOMER, "x", "mia", true))
                    .thenRejected("scenario-unchanged");
            ScenarioChanged changed = new ScenarioChanged(Scenario.KEY_ACCOUNT, Scenario.NEW_CUSTOMER, "mia",
                    "group rollout");
            spec().given(CAPTURED).when(new LeadCommand.ChangeScenario(NOW, Scenario.KEY_ACCOUNT, "group rollout", "mia",
                    true)).then(changed);
            // later grades carry the new scenario to the next stages
            spec().given(CAPTURED, changed).when(firstContact(true, BUDGET)).thenEvents(events ->
                    assertThat(((LeadQualified) events.get(1)).scenario()).isEqualTo(Scenario.KEY_ACCOUNT));
        }

        @Test
        void aDisqualifiedLeadTakesNoCommandsButReactivation() {
            spec().given(CAPTURED, new LeadDisqualified("student project"))
                    .when(new LeadCommand.SendNurtureMaterial(NOW, "m", "email")).thenRejected("lead-closed");
            spec().given(CAPTURED, new LeadDisqualified("student project"))
                    .when(new LeadCommand.Reactivate(NOW, "real company after all"))
                    .then(new LeadReactivated(Intent.LOW, "real company after all"));
        }

        @Test
        void anOverdueMarkOnAClosedLeadIsDropped() {
            spec().given(CAPTURED, new LeadDisqualified("x"))
                    .when(new LeadCommand.MarkOverdue(NOW, FollowUpKind.DEEP_TALK_24H, NOW)).then();
        }
    }

    @Nested
    class Merge {

        final UUID survivor = UUID.fromString("22222222-2222-2222-2222-222222222222");

        @Test
        void theMergedLeadPointsToTheSurvivorAndCloses() {
            Lead after = spec().given(CAPTURED).when(new LeadCommand.MergeInto(NOW, survivor)).stateAfter();
            assertThat(after.status()).isEqualTo(LeadStatus.MERGED);
            assertThat(after.mergedInto()).isEqualTo(survivor);
            spec().given(CAPTURED).when(new LeadCommand.MergeInto(NOW, survivor))
                    .then(new LeadsMerged(survivor, LEAD));
        }

        @Test
        void theSurvivorRecordsTheMergeAndStaysOpen() {
            UUID merged = UUID.randomUUID();
            Lead after = spec().given(CAPTURED).when(new LeadCommand.Absorb(NOW, merged)).stateAfter();
            assertThat(after.status()).isEqualTo(LeadStatus.NEW);
            spec().given(CAPTURED).when(new LeadCommand.Absorb(NOW, merged)).then(new LeadsMerged(LEAD, merged));
        }

        @Test
        void aLeadIsNotMergedIntoItself() {
            spec().given(CAPTURED).when(new LeadCommand.MergeInto(NOW, LEAD)).thenRejected("merge-into-itself");
        }

        @Test
        void aMergedLeadCannotBeMergedAgain() {
            spec().given(CAPTURED, new LeadsMerged(survivor, LEAD))
                    .when(new LeadCommand.MergeInto(NOW, UUID.randomUUID())).thenRejected("lead-closed");
        }
    }

    /** Every required text and stated time of stage 1, broken one at a time. */
    @Nested
    class RequiredFieldsAndStatedTimes {

        final FirstContactLogged contacted = new FirstContactLogged(ContactVia.EMAIL, NOW, "x", true, null);
        final LeadQualified medium = qualified(Intent.MEDIUM, "need stated, budget not confirmed", Duration.ofDays(7),
                null, false);

        LeadCommand.Capture capture(String customerName, Contact contact) {
            return new LeadCommand.Capture(NOW, LEAD, null, customerName, contact, Channel.TRADE_SHOW, "fair",
                    "slow maintenance planning", Scenario.NEW_CUSTOMER, null, "rail", "alice");
        }

        @Test
        void aLeadNamesItsCustomerAndAContactPerson() {
            spec().when(capture("  ", CONTACT)).thenRejected("customerName-required");
            spec().when(capture("Acme Rail", null)).thenRejected("contact-required");
            spec().when(capture("Acme Rail", new Contact(" ", "CTO", null, "x@acme.example"))).thenRejected("contact-required");
        }

        @Test
        void theFirstContactSaysWhatWasDiscussedAndHappenedBeforeNow() {
            spec().given(CAPTURED).when(new LeadCommand.LogFirstContact(NOW, ContactVia.PHONE, NOW.minusSeconds(60), " ",
                    true, null)).thenRejected("summary-required");
            spec().given(CAPTURED).when(new LeadCommand.LogFirstContact(NOW, ContactVia.PHONE, NOW.plusSeconds(3600),
                    "intro call", true, null)).thenRejected("contact-in-future");
            // within the first check's 5 minutes but beyond a stricter configured clock skew
            DeciderSpec.of(new LeadDecider(TierPolicy.SOP, new io.dealstream.eventstore.domain.ClientTimes(Duration.ofDays(30),
                    Duration.ZERO))).given(CAPTURED).when(new LeadCommand.LogFirstContact(NOW, ContactVia.PHONE,
                    NOW.plusSeconds(60), "intro call", true, null)).thenRejected("contactedAt-in-future");
            spec().given(CAPTURED).when(new LeadCommand.LogFirstContact(NOW, ContactVia.PHONE, NOW.minus(Duration.ofDays(31)),
                    "intro call", true, null)).thenRejected("contactedAt-backdated");
        }

        @Test
        void nurtureMaterialNamesWhatWasSentAndHow() {
            spec().given(CAPTURED, contacted, medium).when(new LeadCommand.SendNurtureMaterial(NOW, " ", "email"))
                    .thenRejected("material-required");
            spec().given(CAPTURED, contacted, medium).when(new LeadCommand.SendNurtureMaterial(NOW, "case study", null))
                    .thenRejected("channel-required");
        }

        @Test
        void followUpsReactivationsAndClosingsSayWhy() {
            spec().given(CAPTURED, contacted, medium).when(new LeadCommand.LogFollowUp(NOW, " ", FollowUpOutcome.REACHED,
                    null, null, null)).thenRejected("notes-required");
            LeadQualified low = qualified(Intent.LOW, "no clear need", Duration.ofDays(90), null, false);
            spec().given(CAPTURED, contacted, low).when(new LeadCommand.Reactivate(NOW, "")).thenRejected("notes-required");
            spec().given(CAPTURED).when(new LeadCommand.Disqualify(NOW, null)).thenRejected("reason-required");
        }
    }

    @Nested
    class Deadlines {

        final LeadDeadlines rules = LeadDeadlines.RULES;
        final FirstContactLogged contacted = new FirstContactLogged(ContactVia.EMAIL, NOW, "x", true, null);
        final LeadQualified medium = qualified(Intent.MEDIUM, "need stated, budget not confirmed", Duration.ofDays(7),
                null, false);

        @Test
        void aGradeOpensItsTiersDeadlineExceptHighWhoseDeepTalkClockIsNeedsServices() {
            spec().given(CAPTURED).when(firstContact(true, null)).thenDeadlines(rules, DeadlineChange.cancelAll(),
                    DeadlineChange.open("NURTURE_FOLLOW_UP_7D", NOW.plus(Duration.ofDays(7))));
            spec().given(CAPTURED).when(firstContact(true, BUDGET)).thenDeadlines(rules, DeadlineChange.cancelAll());
        }

        @Test
        void aFollowUpMeetsTheDeadlineAndANamedNextDateOpensTheNextOfTheTiersKind() {
            Instant next = NOW.plus(Duration.ofDays(3));
            spec().given(CAPTURED, contacted, medium)
                    .when(new LeadCommand.LogFollowUp(NOW, "call back", FollowUpOutcome.REACHED, next, null, null))
                    .thenDeadlines(rules, DeadlineChange.meetAll(), DeadlineChange.open("NURTURE_FOLLOW_UP_7D", next));
            spec().given(CAPTURED, contacted, medium)
                    .when(new LeadCommand.LogFollowUp(NOW, "no answer", FollowUpOutcome.NO_ANSWER, null, null, null))
                    .thenDeadlines(rules, DeadlineChange.meetAll());
            // re-graded HIGH by the follow-up: the nurture clock ends, the deep conversation is needs-service's
            spec().given(CAPTURED, contacted, medium)
                    .when(new LeadCommand.LogFollowUp(NOW, "budget confirmed", FollowUpOutcome.REACHED, next, null, BUDGET))
                    .thenDeadlines(rules, DeadlineChange.meetAll(), DeadlineChange.cancelAll());
        }

        @Test
        void aMissedReactivationOpensTheNextQuarterAndClosingTheLeadCancelsItsDeadlines() {
            LeadQualified low = qualified(Intent.LOW, "aware of us only", Duration.ofDays(92), null, false);
            Instant due = low.nextStepDueAt();
            spec().given(CAPTURED, low).whenMissed(rules, Deadline.of(LEAD, LEAD, "QUARTERLY_REACTIVATION", due), due)
                    .then(new FollowUpOverdue(FollowUpKind.QUARTERLY_REACTIVATION, due,
                            Instant.parse("2026-09-02T09:00:00Z")));
            spec().given(CAPTURED, low).when(new LeadCommand.MarkOverdue(due, FollowUpKind.QUARTERLY_REACTIVATION, due))
                    .thenDeadlines(rules, DeadlineChange.open("QUARTERLY_REACTIVATION",
                            Instant.parse("2026-09-02T09:00:00Z")));
            spec().given(CAPTURED, contacted, medium).when(new LeadCommand.Disqualify(NOW, "no project"))
                    .thenDeadlines(rules, DeadlineChange.cancelAll());
            spec().given(CAPTURED, contacted, low).when(new LeadCommand.Reactivate(NOW, "new budget year"))
                    .thenDeadlines(rules, DeadlineChange.cancelAll());
            spec().given(CAPTURED).when(new LeadCommand.MergeInto(NOW, UUID.randomUUID()))
                    .thenDeadlines(rules, DeadlineChange.cancelAll());
        }
    }
}
