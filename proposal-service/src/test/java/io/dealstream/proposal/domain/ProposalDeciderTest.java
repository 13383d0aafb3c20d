package io.dealstream.proposal.domain;

import io.dealstream.events.proposal.QuestionAnswerOverdue;
import io.dealstream.events.proposal.QuestionAnswered;
import io.dealstream.events.proposal.QuestionRaised;
import io.dealstream.events.proposal.ProposalScenarioChanged;
import static org.assertj.core.api.Assertions.assertThat;

import io.dealstream.events.common.Pain;
import io.dealstream.events.common.Priority;
import io.dealstream.events.common.Quote;
import io.dealstream.events.common.QuoteLine;
import io.dealstream.events.common.Requirement;
import io.dealstream.events.common.Scenario;
import io.dealstream.events.proposal.ObjectionAnswered;
import io.dealstream.events.proposal.ObjectionOutcome;
import io.dealstream.events.proposal.ObjectionRaised;
import io.dealstream.events.proposal.ObjectionResolved;
import io.dealstream.events.proposal.ObjectionResponseOverdue;
import io.dealstream.events.proposal.ObjectionType;
import io.dealstream.events.proposal.ProposalAccepted;
import io.dealstream.events.proposal.ProposalDrafted;
import io.dealstream.events.proposal.ProposalPresented;
import io.dealstream.events.proposal.ProposalRehearsed;
import io.dealstream.events.proposal.ProposalRejected;
import io.dealstream.events.proposal.ProposalRevised;
import io.dealstream.events.proposal.ProposalRevisionConfirmed;
import io.dealstream.events.proposal.ProposalSections;
import io.dealstream.events.proposal.RequirementCoverage;
import io.dealstream.events.proposal.SectionChange;
import io.dealstream.events.proposal.TrustMaterialKind;
import io.dealstream.events.proposal.TrustMaterialShared;
import io.dealstream.events.proposal.ValueMetric;
import io.dealstream.eventstore.Deadline;
import io.dealstream.eventstore.DeadlineChange;
import io.dealstream.eventstore.testing.DeciderSpec;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Stages 3 and 4 rules, given events / when command / then events. */
class ProposalDeciderTest {

    static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");
    static final UUID OPP = UUID.fromString("44444444-4444-4444-4444-444444444444");
    static final UUID PROPOSAL = UUID.nameUUIDFromBytes(("proposal/" + OPP).getBytes(StandardCharsets.UTF_8));
    static final List<Requirement> REQUIREMENTS = List.of(new Requirement("R1", "asset register", Priority.MUST, 1),
            new Requirement("R2", "alerts", Priority.COULD, null));
    static final List<Pain> PAINS = List.of(new Pain(2, "downtime", "winter"), new Pain(1, "slow planning", "weekly"));
    static final Quote QUOTE = new Quote(List.of(new QuoteLine("licence", new BigDecimal("12"), new BigDecimal("2500.00")),
            new QuoteLine("implementation", new BigDecimal("1"), new BigDecimal("18000.00"))), "EUR",
            new BigDecimal("48000.00"));
    static final ProposalSections FULL = new ProposalSections("pains", "asset register", "6 weeks",
            List.of(new ValueMetric("planning", new BigDecimal("16"), new BigDecimal("2"), "h/week")), QUOTE,
            List.of("migration depends on the ERP export"), List.of("depot scheduling interface"));
    static final List<RequirementCoverage> COVERAGE = List.of(new RequirementCoverage("R1", "register module"));
    static final ProposalDrafted OPENED = new ProposalDrafted(PROPOSAL, 1,
            new ProposalSections("1. slow planning (weekly)\n2. downtime (winter)", null, null, List.of(), null),
            List.of(), REQUIREMENTS, PAINS, List.of("plan fast"), List.of(), Scenario.KEY_ACCOUNT, "Acme", null, 1);
    static final ProposalDrafted DRAFTED = new ProposalDrafted(PROPOSAL, 1, FULL, List.of("7x24"), REQUIREMENTS, PAINS,
            List.of("plan fast"), COVERAGE, Scenario.KEY_ACCOUNT, "Acme", null, 1);
    static final ProposalRehearsed R1 = new ProposalRehearsed(1, "first");
    static final ProposalRehearsed R2 = new ProposalRehearsed(2, "second");
    static final ProposalPresented PRESENTED = new ProposalPresented(NOW, List.of("Li Wei"), 30, List.of(),
            List.of("reference case"));
    static final UUID OBJECTION = UUID.fromString("55555555-5555-5555-5555-555555555555");
    static final ObjectionRaised RAISED = new ObjectionRaised(OBJECTION, ObjectionType.PRICE, "above budget", NOW, "alice",
            NOW.plus(Duration.ofHours(24)));

    final ProposalDecider decider = new ProposalDecider(Duration.ofHours(24));

    DeciderSpec<Proposal, ProposalCommand> spec() {
        return DeciderSpec.of(decider);
    }

    ProposalCommand.Present present(List<ProposalCommand.NewObjection> objections) {
        return new ProposalCommand.Present(NOW, NOW, List.of("Li Wei"), 30, List.of(), objections);
    }

    @Test
    void confirmedNeedsOpenADraftPrefilledWithThePainsInRankOrder() {
        spec().when(new ProposalCommand.Open(NOW, OPP, REQUIREMENTS, PAINS, List.of("plan fast"), Scenario.KEY_ACCOUNT,
                "Acme", null)).then(OPENED);
        spec().given(OPENED).when(new ProposalCommand.Open(NOW, OPP, REQUIREMENTS, PAINS, List.of(), Scenario.KEY_ACCOUNT,
                "Acme", null)).then();
    }

    @Test
    void theQuoteTotalMustBeTheExactSumOfItsLines() {
        Quote wrong = new Quote(QUOTE.lines(), "EUR", new BigDecimal("48000.01"));
        spec().given(OPENED).when(new ProposalCommand.Draft(NOW, new ProposalSections("p", "s", "i", List.of(), wrong),
                List.of(), COVERAGE)).thenRejected("quote-total-mismatch");
        Quote sameValue = new Quote(QUOTE.lines(), "EUR", new BigDecimal("48000"));
        spec().given(OPENED).when(new ProposalCommand.Draft(NOW, new ProposalSections("p", "s", "i", List.of(), sameValue),
                List.of(), COVERAGE)).thenEvents(events -> assertThat(events).hasSize(1));
    }

    @Test
    void presentingNeedsFivePartsEveryMustAddressedAndTwoRehearsals() {
        spec().given(OPENED, R1, R2).when(present(List.of())).thenRejected("proposal-not-ready");
        ProposalDrafted uncovered = new ProposalDrafted(PROPOSAL, 1, FULL, List.of(), REQUIREMENTS, PAINS, List.of(),
                List.of(), Scenario.KEY_ACCOUNT, "Acme", null);
        spec().given(OPENED, uncovered, R1, R2).when(present(List.of())).thenRejected("proposal-not-ready");
        spec().given(OPENED, DRAFTED, R1).when(present(List.of())).thenRejected("proposal-not-ready");
        spec().given(OPENED, DRAFTED, R1, R2).when(present(List.of())).then(PRESENTED);
    }

    @Test
    void objectionsRaisedAtThePresentationAreDue24HoursLater() {
        spec().given(OPENED, DRAFTED, R1, R2)
                .when(present(List.of(new ProposalCommand.NewObjection(ObjectionType.TRUST, "service after go-live?",
                        NOW, "bob"))))
                .thenEvents(events -> {
                    ObjectionRaised raised = (ObjectionRaised) events.get(1);
                    assertThat(raised.type()).isEqualTo(ObjectionType.TRUST);
                    assertThat(raised.responseDueAt()).isEqualTo(NOW.plus(Duration.ofHours(24)));
                });
    }

    @Test
    void eachObjectionAndEachQuestionOpensItsOwn24HourAnswerDeadlineThatItsAnswerMeets() {
        ProposalDeadlines rules = ProposalDeadlines.RULES;
        DeciderSpec<Proposal, ProposalCommand> presented = spec().given(OPENED, DRAFTED, R1, R2, PRESENTED);
        presented.when(new ProposalCommand.RaiseObjection(NOW, OBJECTION, new ProposalCommand.NewObjection(
                ObjectionType.PRICE, "too high", NOW, "alice"))).thenDeadlines(rules, DeadlineChange.open(
                ProposalDeadlines.ANSWER_DEADLINE, OBJECTION.toString(), NOW.plus(Duration.ofHours(24))));
        spec().given(OPENED, DRAFTED, R1, R2, PRESENTED, RAISED)
                .when(new ProposalCommand.AnswerObjection(NOW, OBJECTION, "phased payment", List.of(), NOW))
                .thenDeadlines(rules, DeadlineChange.meet(ProposalDeadlines.ANSWER_DEADLINE, OBJECTION.toString()));
        UUID qid = UUID.fromString("66666666-0000-0000-0000-000000000002");
        presented.when(new ProposalCommand.RaiseQuestion(NOW, qid, "April?", NOW, "alice")).thenDeadlines(rules,
                DeadlineChange.open(ProposalDeadlines.QUESTION_DEADLINE, qid.toString(), NOW.plus(Duration.ofHours(24))));
        QuestionRaised asked = new QuestionRaised(qid, "April?", NOW, "alice", NOW.plus(Duration.ofHours(24)));
        spec().given(OPENED, DRAFTED, R1, R2, PRESENTED, asked)
                .when(new ProposalCommand.AnswerQuestion(NOW.plus(Duration.ofHours(2)), qid, "Yes", null))
                .thenDeadlines(rules, DeadlineChange.meet(ProposalDeadlines.QUESTION_DEADLINE, qid.toString()));
        // missing a deadline opens no other one
        spec().given(OPENED, DRAFTED, R1, R2, PRESENTED, asked)
                .when(new ProposalCommand.MarkQuestionOverdue(NOW, qid, asked.answerDueAt())).thenDeadlines(rules);
        // each deadline passing names its own item: the question's, the objection's
        Instant due = NOW.plus(Duration.ofHours(24));
        spec().given(OPENED, DRAFTED, R1, R2, PRESENTED, asked).whenMissed(rules, Deadline.of(OPP, OPP,
                ProposalDeadlines.QUESTION_DEADLINE, qid.toString(), due), due).then(new QuestionAnswerOverdue(qid, due));
        spec().given(OPENED, DRAFTED, R1, R2, PRESENTED, RAISED).whenMissed(rules, Deadline.of(OPP, OPP,
                ProposalDeadlines.ANSWER_DEADLINE, OBJECTION.toString(), due), due).thenEvents(events ->
                assertThat(events).singleElement().isInstanceOf(ObjectionResponseOverdue.class));
    }

    @Test
    void evidenceMustBeSharedTrustMaterial() {
        UUID material = UUID.randomUUID();
        spec().given(OPENED, DRAFTED, R1, R2, PRESENTED, RAISED)
                .when(new ProposalCommand.AnswerObjection(NOW, OBJECTION, "phased payment", List.of(material), NOW))
                .thenRejected("unknown-evidence");
        spec().given(OPENED, DRAFTED, R1, R2, PRESENTED, RAISED,
                        new TrustMaterialShared(material, TrustMaterialKind.CASE_STUDY, "rail case"))
                .when(new ProposalCommand.AnswerObjection(NOW, OBJECTION, "phased payment", List.of(material), NOW))
                .then(new ObjectionAnswered(OBJECTION, "phased payment", List.of(material), NOW, false));
    }

    @Test
    void theTwentyFourHourClockCannotBeMovedByTheStatedTimes() {
        DeciderSpec<Proposal, ProposalCommand> presented = spec().given(OPENED, DRAFTED, R1, R2, PRESENTED);
        // raised in the future (which would push the due time out) or before the presentation: refused
        presented.when(new ProposalCommand.RaiseObjection(NOW, OBJECTION, new ProposalCommand.NewObjection(
                ObjectionType.PRICE, "too high", NOW.plus(Duration.ofHours(3)), "alice"))).thenRejected("raisedAt-in-future");
        presented.when(new ProposalCommand.RaiseObjection(NOW.plus(Duration.ofHours(2)), OBJECTION,
                new ProposalCommand.NewObjection(ObjectionType.PRICE, "too high", NOW.minus(Duration.ofHours(1)), "alice")))
                .thenRejected("raisedAt-before-presentation");
        presented.when(new ProposalCommand.RaiseObjection(NOW.plus(Duration.ofDays(40)), OBJECTION,
                new ProposalCommand.NewObjection(ObjectionType.PRICE, "too high", NOW, "alice")))
                .thenRejected("raisedAt-backdated");
        // without a stated time the server's is taken
        presented.when(new ProposalCommand.RaiseObjection(NOW.plus(Duration.ofHours(2)), OBJECTION,
                new ProposalCommand.NewObjection(ObjectionType.PRICE, "too high", null, "alice"))).thenEvents(events ->
                assertThat(((ObjectionRaised) events.get(0)).responseDueAt()).isEqualTo(NOW.plus(Duration.ofHours(26))));
        // an answer dated before its objection is refused
        spec().given(OPENED, DRAFTED, R1, R2, PRESENTED, RAISED).when(new ProposalCommand.AnswerObjection(
                NOW.plus(Duration.ofHours(2)), OBJECTION, "phased", List.of(), NOW.minusSeconds(1)))
                .thenRejected("answeredAt-before-objection");
    }

    @Test
    void anAnswerAfterTheDueTimeIsLateEvenBeforeTheSchedulerMarksIt() {
        Instant late = NOW.plus(Duration.ofHours(30));
        ProposalCommand.AnswerObjection answer = new ProposalCommand.AnswerObjection(late, OBJECTION, "phased",
                List.of(), null);
        spec().given(OPENED, DRAFTED, R1, R2, PRESENTED, RAISED).when(answer)
                .thenEvents(events -> assertThat(((ObjectionAnswered) events.get(0)).late()).isTrue());
        Proposal after = spec().given(OPENED, DRAFTED, R1, R2, PRESENTED, RAISED).when(answer).stateAfter();
        assertThat(after.objection(OBJECTION).orElseThrow().overdue()).isTrue();
    }

    @Test
    void theNumberOfRehearsalsIsConfiguration() {
        ProposalDecider three = new ProposalDecider(Duration.ofHours(24), 3,
                io.dealstream.eventstore.domain.ClientTimes.DEFAULT);
        DeciderSpec.of(three).given(OPENED, DRAFTED, R1, R2).when(present(List.of())).thenRejected("proposal-not-ready");
        DeciderSpec.of(three).given(OPENED, DRAFTED, R1, R2, new ProposalRehearsed(3, "third")).when(present(List.of()))
                .then(PRESENTED);
    }

    @Test
    void anOutcomeNeedsTheWrittenAnswerFirst() {
        spec().given(OPENED, DRAFTED, R1, R2, PRESENTED, RAISED)
                .when(new ProposalCommand.ResolveObjection(NOW, OBJECTION, ObjectionOutcome.RESOLVED, "ok", null))
                .thenRejected("objection-not-answered");
    }

    @Test
    void acceptanceIsRefusedWithUnresolvedObjectionsUnlessOverridden() {
        ObjectionAnswered answered = new ObjectionAnswered(OBJECTION, "phased", List.of(), NOW);
        ObjectionResolved unresolved = new ObjectionResolved(OBJECTION, ObjectionOutcome.UNRESOLVED, "still too high", null);
        spec().given(OPENED, DRAFTED, R1, R2, PRESENTED, RAISED).when(new ProposalCommand.Accept(NOW, null))
                .thenRejected("unresolved-objections");
        spec().given(OPENED, DRAFTED, R1, R2, PRESENTED, RAISED, answered, unresolved)
                .when(new ProposalCommand.Accept(NOW, " ")).thenRejected("unresolved-objections");
        spec().given(OPENED, DRAFTED, R1, R2, PRESENTED, RAISED, answered, unresolved)
                .when(new ProposalCommand.Accept(NOW, "customer signs off the price risk"))
                .then(new ProposalAccepted(PROPOSAL, 1, QUOTE, "6 weeks", REQUIREMENTS, Scenario.KEY_ACCOUNT, "Acme",
                        null, "customer signs off the price risk", 1));
    }

    @Test
    void aResolvedObjectionDoesNotBlockAcceptance() {
        spec().given(OPENED, DRAFTED, R1, R2, PRESENTED, RAISED, new ObjectionAnswered(OBJECTION, "phased", List.of(), NOW),
                        new ObjectionResolved(OBJECTION, ObjectionOutcome.PARTLY_RESOLVED, "fine", null))
                .when(new ProposalCommand.Accept(NOW, null))
                .then(new ProposalAccepted(PROPOSAL, 1, QUOTE, "6 weeks", REQUIREMENTS, Scenario.KEY_ACCOUNT, "Acme",
                        null, null, 1));
    }

    @Test
    void aReopenedOpportunitysNextCycleStartsANewProposal() {
        ProposalCommand.Open cycle2 = new ProposalCommand.Open(NOW, OPP, REQUIREMENTS, PAINS, List.of("plan fast"),
                Scenario.KEY_ACCOUNT, "Acme", null, 2);
        Proposal rejected = spec().given(OPENED, DRAFTED, R1, R2, PRESENTED, new ProposalRejected("too expensive"))
                .when(cycle2).stateAfter();
        assertThat(rejected.cycle()).isEqualTo(2);
        assertThat(rejected.status()).isEqualTo(ProposalStatus.DRAFT);
        assertThat(rejected.presented()).isFalse();
        assertThat(rejected.rehearsals()).isZero();
        assertThat(rejected.proposalId()).isNotEqualTo(PROPOSAL);
        spec().given(OPENED, DRAFTED).when(new ProposalCommand.Open(NOW, OPP, REQUIREMENTS, PAINS, List.of(),
                Scenario.KEY_ACCOUNT, "Acme", null, 1)).then();
    }

    @Test
    void aRevisionMarksItsChangesAndMustBeConfirmedBeforeAcceptance() {
        ProposalSections revisedContent = new ProposalSections("pains", "asset register", "4 weeks",
                FULL.valueQuantification(), QUOTE, FULL.risks(), FULL.customParts());
        ProposalRevised revised = new ProposalRevised(2, List.of(new SectionChange("implementationPath", "6 weeks",
                "4 weeks")), "shorten the schedule", revisedContent, COVERAGE);
        spec().given(OPENED, DRAFTED, R1, R2, PRESENTED)
                .when(new ProposalCommand.Revise(NOW, revisedContent, COVERAGE, "shorten the schedule")).then(revised);
        spec().given(OPENED, DRAFTED, R1, R2, PRESENTED, revised).when(new ProposalCommand.Accept(NOW, null))
                .thenRejected("revision-unconfirmed");
        spec().given(OPENED, DRAFTED, R1, R2, PRESENTED, revised, new ProposalRevisionConfirmed(2, "Li Wei", NOW))
                .when(new ProposalCommand.Accept(NOW, null)).thenEvents(events ->
                        assertThat(((ProposalAccepted) events.get(0)).implementationPath()).isEqualTo("4 weeks"));
    }

    @Test
    void aRevisionWithoutChangesIsRefused() {
        spec().given(OPENED, DRAFTED, R1, R2, PRESENTED).when(new ProposalCommand.Revise(NOW, FULL, COVERAGE, "x"))
                .thenRejected("revision-without-changes");
    }

    @Test
    void theAnswerDeadlineFiresOnlyForUnansweredObjections() {
        spec().given(OPENED, DRAFTED, R1, R2, PRESENTED, RAISED)
                .when(new ProposalCommand.MarkObjectionOverdue(NOW, OBJECTION, RAISED.responseDueAt()))
                .then(new ObjectionResponseOverdue(OBJECTION, RAISED.responseDueAt()));
        spec().given(OPENED, DRAFTED, R1, R2, PRESENTED, RAISED, new ObjectionAnswered(OBJECTION, "x", List.of(), NOW))
                .when(new ProposalCommand.MarkObjectionOverdue(NOW, OBJECTION, NOW)).then();
    }

    @Test
    void theDraftIsFrozenOnceTheProposalIsPresented() {
        spec().given(OPENED, DRAFTED, R1, R2, PRESENTED).when(new ProposalCommand.Draft(NOW, FULL, List.of(), COVERAGE))
                .thenRejected("already-presented");
    }

    @Test
    void theRisksAreStatedOpenlyAndAKeyAccountNamesItsCustomParts() {
        ProposalSections noRisks = new ProposalSections("pains", "asset register", "6 weeks", FULL.valueQuantification(),
                QUOTE, List.of(), FULL.customParts());
        ProposalDrafted withoutRisks = new ProposalDrafted(PROPOSAL, 1, noRisks, List.of("7x24"), REQUIREMENTS, PAINS,
                List.of("plan fast"), COVERAGE, Scenario.KEY_ACCOUNT, "Acme", null, 1);
        spec().given(OPENED, withoutRisks, R1, R2).when(present(List.of())).thenRejected("proposal-not-ready");
        ProposalSections generic = new ProposalSections("pains", "asset register", "6 weeks", FULL.valueQuantification(),
                QUOTE, FULL.risks(), null);
        spec().given(OPENED, new ProposalDrafted(PROPOSAL, 1, generic, List.of(), REQUIREMENTS, PAINS, List.of(),
                COVERAGE, Scenario.KEY_ACCOUNT, "Acme", null, 1), R1, R2).when(present(List.of()))
                .thenRejected("proposal-not-ready");
        // a NEW_CUSTOMER needs no custom parts
        ProposalDrafted newCustomer = new ProposalDrafted(PROPOSAL, 1, generic, List.of(), REQUIREMENTS, PAINS,
                List.of(), COVERAGE, Scenario.NEW_CUSTOMER, "Acme", null, 1);
        spec().given(new ProposalDrafted(PROPOSAL, 1, OPENED.sections(), List.of(), REQUIREMENTS, PAINS, List.of(),
                List.of(), Scenario.NEW_CUSTOMER, "Acme", null, 1), newCustomer, R1, R2).when(present(List.of()))
                .thenEvents(events -> assertThat(events.get(0)).isInstanceOf(ProposalPresented.class));
    }

    @Test
    void aKeyAccountsAcceptanceNeedsAManagerAndTheScenarioFollowsLeadService() {
        DeciderSpec<Proposal, ProposalCommand> presented = spec().given(OPENED, DRAFTED, R1, R2, PRESENTED);
        presented.when(new ProposalCommand.Accept(NOW, null, false)).thenRejected("key-account-needs-manager");
        presented.when(new ProposalCommand.Accept(NOW, null, true)).thenEvents(events ->
                assertThat(events.get(0)).isInstanceOf(ProposalAccepted.class));
        // flagged NEW_CUSTOMER later by a manager in lead-service: a salesperson records the acceptance
        ProposalScenarioChanged changed = new ProposalScenarioChanged(Scenario.NEW_CUSTOMER, Scenario.KEY_ACCOUNT, "mia",
                "one depot only");
        spec().given(OPENED, DRAFTED, R1, R2, PRESENTED).when(new ProposalCommand.FollowScenario(NOW,
                Scenario.NEW_CUSTOMER, "mia", "one depot only")).then(changed);
        spec().given(OPENED, DRAFTED, R1, R2, PRESENTED, changed).when(new ProposalCommand.Accept(NOW, null, false))
                .thenEvents(events -> assertThat(((ProposalAccepted) events.get(0)).scenario())
                        .isEqualTo(Scenario.NEW_CUSTOMER));
        spec().given(OPENED, DRAFTED).when(new ProposalCommand.FollowScenario(NOW, Scenario.KEY_ACCOUNT, "mia", "x"))
                .then();
    }

    @Test
    void questionsAtThePresentationAreAnsweredInWritingWithin24Hours() {
        ProposalCommand.Present withQuestion = new ProposalCommand.Present(NOW, NOW, List.of("Li Wei"), 30,
                List.of("Can the rollout start in April?"), List.of(), "alice");
        spec().given(OPENED, DRAFTED, R1, R2).when(withQuestion).thenEvents(events -> {
            QuestionRaised q = (QuestionRaised) events.get(1);
            assertThat(q.text()).isEqualTo("Can the rollout start in April?");
            assertThat(q.owner()).isEqualTo("alice");
            assertThat(q.answerDueAt()).isEqualTo(NOW.plus(Duration.ofHours(24)));
        });
        UUID qid = UUID.fromString("66666666-0000-0000-0000-000000000001");
        QuestionRaised raised = new QuestionRaised(qid, "April?", NOW, "alice", NOW.plus(Duration.ofHours(24)));
        spec().given(OPENED, DRAFTED, R1, R2, PRESENTED, raised)
                .when(new ProposalCommand.MarkQuestionOverdue(NOW, qid, raised.answerDueAt()))
                .then(new QuestionAnswerOverdue(qid, raised.answerDueAt()));
        spec().given(OPENED, DRAFTED, R1, R2, PRESENTED, raised)
                .when(new ProposalCommand.AnswerQuestion(NOW.plus(Duration.ofHours(2)), qid, "Yes, 1 April.", null))
                .then(new QuestionAnswered(qid, "Yes, 1 April.", NOW.plus(Duration.ofHours(2)), false));
        spec().given(OPENED, DRAFTED, R1, R2, PRESENTED, raised,
                        new QuestionAnswered(qid, "Yes", NOW.plus(Duration.ofHours(2)), false))
                .when(new ProposalCommand.MarkQuestionOverdue(NOW, qid, raised.answerDueAt())).then();
        spec().given(OPENED, DRAFTED, R1, R2, PRESENTED, raised)
                .when(new ProposalCommand.AnswerQuestion(NOW.plus(Duration.ofHours(30)), qid, "Yes", null))
                .thenEvents(events -> assertThat(((QuestionAnswered) events.get(0)).late()).isTrue());
        spec().given(OPENED, DRAFTED, R1, R2).when(new ProposalCommand.RaiseQuestion(NOW, qid, "x", null, "alice"))
                .thenRejected("not-presented");
    }

    @Test
    void decisionMakersPreferencesReachTheProposal() {
        io.dealstream.events.common.DecisionProcess decision = new io.dealstream.events.common.DecisionProcess(
                List.of("board approves"), List.of(new io.dealstream.events.common.KeyPerson("Li Wei", "CTO",
                        io.dealstream.events.common.KeyPerson.Influence.DECIDER, "service after go-live, not price")));
        Proposal opened = spec().when(new ProposalCommand.Open(NOW, OPP, REQUIREMENTS, PAINS, List.of("plan fast"),
                Scenario.KEY_ACCOUNT, "Acme", null, 1, decision)).stateAfter();
        assertThat(opened.decisionProcess().keyPeople().get(0).preferences()).isEqualTo("service after go-live, not price");
    }

    @Test
    void thePresentationFocusesOnThePainsWithComparableCases() {
        spec().given(OPENED, DRAFTED, R1, R2).when(new ProposalCommand.Present(NOW, NOW, List.of("Li Wei"), 30, List.of(),
                List.of(), "alice", List.of(" "))).thenRejected("comparable-cases-required");
        spec().given(OPENED, DRAFTED, R1, R2).when(new ProposalCommand.Present(NOW, NOW, List.of("Li Wei"), 30, List.of(),
                List.of(), "alice", List.of("Nordic Rail: two days to two hours"))).thenEvents(events -> assertThat(
                ((ProposalPresented) events.get(0)).comparableCases()).containsExactly("Nordic Rail: two days to two hours"));
    }

    /** Every required text, stated time and revision rule of stages 3 and 4, broken one at a time. */
    @org.junit.jupiter.api.Nested
    class RequiredTextsStatedTimesAndRevisions {

        final UUID question = UUID.fromString("66666666-6666-6666-6666-666666666666");
        final ProposalSections revisedContent = new ProposalSections("pains", "asset register", "4 weeks",
                FULL.valueQuantification(), QUOTE, FULL.risks(), FULL.customParts());
        final ProposalRevised revised = new ProposalRevised(2, List.of(new SectionChange("implementationPath", "6 weeks",
                "4 weeks")), "shorten the schedule", revisedContent, COVERAGE);

        DeciderSpec<Proposal, ProposalCommand> presented() {
            return spec().given(OPENED, DRAFTED, R1, R2, PRESENTED);
        }

        ProposalCommand.Present presentAt(Instant at, int qaMinutes) {
            return new ProposalCommand.Present(NOW, at, List.of("Li Wei"), qaMinutes, List.of(), List.of());
        }

        @Test
        void theQuoteHasLinesWithPositiveQuantitiesAndNoNegativePrice() {
            Quote empty = new Quote(List.of(), "EUR", BigDecimal.ZERO);
            spec().given(OPENED).when(new ProposalCommand.Draft(NOW, new ProposalSections("p", "s", "i", List.of(), empty),
                    List.of(), COVERAGE)).thenRejected("quote-lines-required");
            Quote zero = new Quote(List.of(new QuoteLine("licence", BigDecimal.ZERO, new BigDecimal("2500.00"))), "EUR",
                    BigDecimal.ZERO);
            spec().given(OPENED).when(new ProposalCommand.Draft(NOW, new ProposalSections("p", "s", "i", List.of(), zero),
                    List.of(), COVERAGE)).thenRejected("quote-line-invalid");
        }

        @Test
        void rehearsalsAndTrustMaterialSayWhat() {
            spec().given(OPENED, DRAFTED).when(new ProposalCommand.Rehearse(NOW, " ")).thenRejected("notes-required");
            spec().given(OPENED, DRAFTED).when(new ProposalCommand.ShareTrustMaterial(NOW, UUID.randomUUID(),
                    TrustMaterialKind.CASE_STUDY, "")).thenRejected("description-required");
        }

        @Test
        void thePresentationHappenedInsideTheWindowWithNoNegativeQandA() {
            spec().given(OPENED, DRAFTED, R1, R2).when(presentAt(NOW, -1)).thenRejected("qa-minutes");
            spec().given(OPENED, DRAFTED, R1, R2).when(presentAt(NOW.plus(Duration.ofHours(1)), 30))
                    .thenRejected("presentedAt-in-future");
            spec().given(OPENED, DRAFTED, R1, R2).when(presentAt(NOW.minus(Duration.ofDays(31)), 30))
                    .thenRejected("presentedAt-backdated");
        }

        @Test
        void objectionsAndQuestionsNameWhatAndWhoAndAreAnsweredOnceInWriting() {
            presented().when(new ProposalCommand.RaiseObjection(NOW, OBJECTION, new ProposalCommand.NewObjection(
                    ObjectionType.PRICE, " ", NOW, "alice"))).thenRejected("description-required");
            presented().when(new ProposalCommand.RaiseObjection(NOW, OBJECTION, new ProposalCommand.NewObjection(
                    ObjectionType.PRICE, "above budget", NOW, null))).thenRejected("owner-required");
            presented().when(new ProposalCommand.RaiseQuestion(NOW, question, " ", NOW, "alice")).thenRejected("text-required");
            spec().given(OPENED, DRAFTED, R1, R2, PRESENTED, RAISED)
                    .when(new ProposalCommand.AnswerObjection(NOW, OBJECTION, " ", List.of(), NOW)).thenRejected("response-required");
            ObjectionAnswered answered = new ObjectionAnswered(OBJECTION, "phased payment", List.of(), NOW);
            spec().given(OPENED, DRAFTED, R1, R2, PRESENTED, RAISED, answered)
                    .when(new ProposalCommand.AnswerObjection(NOW, OBJECTION, "again", List.of(), NOW))
                    .thenRejected("objection-already-answered");
            spec().given(OPENED, DRAFTED, R1, R2, PRESENTED, RAISED, answered)
                    .when(new ProposalCommand.ResolveObjection(NOW, OBJECTION, ObjectionOutcome.RESOLVED, " ", null))
                    .thenRejected("customerFeedback-required");
        }

        @Test
        void aQuestionsAnswerIsWrittenAndStatedInsideTheWindow() {
            QuestionRaised asked = new QuestionRaised(question, "April?", NOW, "alice", NOW.plus(Duration.ofHours(24)));
            presented().given(OPENED, DRAFTED, R1, R2, PRESENTED, asked)
                    .when(new ProposalCommand.AnswerQuestion(NOW, question, " ", NOW)).thenRejected("answer-required");
            presented().given(OPENED, DRAFTED, R1, R2, PRESENTED, asked)
                    .when(new ProposalCommand.AnswerQuestion(NOW, question, "yes", NOW.plus(Duration.ofHours(1))))
                    .thenRejected("answeredAt-in-future");
            Instant longAgo = NOW.minus(Duration.ofDays(40));
            ProposalPresented presentedLongAgo = new ProposalPresented(longAgo, List.of("Li Wei"), 30, List.of(),
                    List.of("reference case"));
            QuestionRaised askedLongAgo = new QuestionRaised(question, "April?", longAgo, "alice", longAgo.plus(Duration.ofHours(24)));
            spec().given(OPENED, DRAFTED, R1, R2, presentedLongAgo, askedLongAgo)
                    .when(new ProposalCommand.AnswerQuestion(NOW, question, "yes", NOW.minus(Duration.ofDays(35))))
                    .thenRejected("answeredAt-backdated");
        }

        @Test
        void aRevisionKeepsAllPartsAndOnlyTheCurrentOneIsConfirmedOnceByANamedPersonInsideTheWindow() {
            ProposalSections noRisks = new ProposalSections("pains", "asset register", "4 weeks",
                    FULL.valueQuantification(), QUOTE, List.of(), FULL.customParts());
            presented().when(new ProposalCommand.Revise(NOW, noRisks, COVERAGE, "drop the risks"))
                    .thenRejected("revision-incomplete");
            DeciderSpec<Proposal, ProposalCommand> revisedSpec = spec().given(OPENED, DRAFTED, R1, R2, PRESENTED, revised);
            revisedSpec.when(new ProposalCommand.ConfirmRevision(NOW, 2, " ", null)).thenRejected("confirmedBy-required");
            revisedSpec.when(new ProposalCommand.ConfirmRevision(NOW, 2, "Li Wei", NOW.plus(Duration.ofHours(1))))
                    .thenRejected("confirmedAt-in-future");
            revisedSpec.when(new ProposalCommand.ConfirmRevision(NOW, 2, "Li Wei", NOW.minus(Duration.ofDays(31))))
                    .thenRejected("confirmedAt-backdated");
            spec().given(OPENED, DRAFTED, R1, R2, PRESENTED, revised, new ProposalRevisionConfirmed(2, "Li Wei", NOW))
                    .when(new ProposalCommand.ConfirmRevision(NOW, 2, "Li Wei", null)).thenRejected("revision-already-confirmed");
            ProposalRevised third = new ProposalRevised(3, List.of(new SectionChange("implementationPath", "4 weeks",
                    "5 weeks")), "one more week", FULL, COVERAGE);
            spec().given(OPENED, DRAFTED, R1, R2, PRESENTED, revised, third)
                    .when(new ProposalCommand.ConfirmRevision(NOW, 2, "Li Wei", null)).thenRejected("not-current-revision");
        }

        @Test
        void aRejectionSaysWhy() {
            spec().given(OPENED, DRAFTED).when(new ProposalCommand.Reject(NOW, " ")).thenRejected("reason-required");
        }
    }
}
