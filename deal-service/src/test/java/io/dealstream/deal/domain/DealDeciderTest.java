package io.dealstream.deal.domain;

import java.time.Duration;
import io.dealstream.events.deal.ContractChangeRequested;
import io.dealstream.events.deal.ContractQuestionOverdue;
import io.dealstream.events.deal.ContractQuestionAnswered;
import io.dealstream.events.deal.ContractQuestionRaised;
import io.dealstream.events.deal.NegotiationRehearsed;
import io.dealstream.events.deal.NegotiationScenarioChanged;
import static org.assertj.core.api.Assertions.assertThat;

import io.dealstream.events.common.MaintenanceCommitment;
import io.dealstream.events.common.MaintenanceKind;
import io.dealstream.events.common.Money;
import io.dealstream.events.common.Quote;
import io.dealstream.events.common.QuoteLine;
import io.dealstream.events.common.Scenario;
import io.dealstream.events.common.Signature;
import io.dealstream.events.common.Terms;
import io.dealstream.events.deal.BottomLineExceptionApproved;
import io.dealstream.events.deal.BottomLineExceptionRejected;
import io.dealstream.events.deal.BottomLineExceptionRequested;
import io.dealstream.events.deal.BottomLines;
import io.dealstream.events.deal.BottomLinesChanged;
import io.dealstream.events.deal.Clause;
import io.dealstream.events.deal.ContractDrafted;
import io.dealstream.events.deal.ContractFinding;
import io.dealstream.events.deal.ContractReviewed;
import io.dealstream.events.deal.ContractSentForConfirmation;
import io.dealstream.events.deal.ContractSigned;
import io.dealstream.events.deal.Counterpart;
import io.dealstream.events.deal.DealLost;
import io.dealstream.events.deal.MeetingMinutesSigned;
import io.dealstream.events.deal.NegotiationOpened;
import io.dealstream.events.deal.NegotiationPrepared;
import io.dealstream.events.deal.NegotiationRoundHeld;
import io.dealstream.events.deal.OrderConfirmed;
import io.dealstream.events.deal.SigningMethod;
import io.dealstream.eventstore.Deadline;
import io.dealstream.eventstore.DeadlineChange;
import io.dealstream.eventstore.testing.DeciderSpec;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Stage 5 rules, given events / when command / then events. */
class DealDeciderTest {

    static final Instant NOW = Instant.parse("2026-04-01T09:00:00Z");
    static final UUID OPP = UUID.fromString("66666666-6666-6666-6666-666666666666");
    static final Quote QUOTE = new Quote(List.of(new QuoteLine("licence", BigDecimal.ONE, new BigDecimal("48000.00"))),
            "EUR", new BigDecimal("48000.00"));
    static final NegotiationOpened OPENED = new NegotiationOpened(OPP, QUOTE, Scenario.KEY_ACCOUNT, "Acme", null, 1);
    static final NegotiationPrepared PREPARED = new NegotiationPrepared(
            new BottomLines(new Money(new BigDecimal("42000"), "EUR"), 30, List.of("licence", "training")),
            new Counterpart(List.of("COO", "CFO"), "CFO", List.of("price")), List.of());
    static final Terms GOOD = terms("45000", 30, List.of("licence"));
    static final NegotiationRoundHeld ROUND1 = new NegotiationRoundHeld(1, GOOD, List.of());
    static final MeetingMinutesSigned MINUTES1 = new MeetingMinutesSigned(1, "agreed", "Li Wei", "Alice");
    static final List<Clause> CLAUSES = ContractLintTest.COMPLETE;
    static final UUID CONTRACT = UUID.fromString("77777777-7777-7777-7777-777777777777");
    static final ContractDrafted DRAFTED = new ContractDrafted(CONTRACT, CLAUSES, GOOD);
    static final ContractReviewed APPROVED = new ContractReviewed("lara", true, List.of());
    static final ContractSentForConfirmation SENT = new ContractSentForConfirmation(NOW);

    static final List<Signature> BOTH = List.of(
            new Signature(Signature.Side.CUSTOMER, "Li Wei", "CEO", NOW, Signature.Method.PAPER, "scan DMS-signed"),
            new Signature(Signature.Side.OURS, "Alice", "Sales lead", NOW, Signature.Method.ELECTRONIC, null));

    static final List<String> RESPONSES = List.of("if price: weigh two planning days a week against the licence");
    static final NegotiationRehearsed REHEARSED = new NegotiationRehearsed(1, "role-played the CFO");
    static final NegotiationOpened NEW_CUSTOMER = new NegotiationOpened(OPP, QUOTE, Scenario.NEW_CUSTOMER, "Acme", null, 1);

    final DealDecider decider = new DealDecider();

    static Terms terms(String price, int days, List<String> scope) {
        return new Terms(new Money(new BigDecimal(price), "EUR"), days, "bank transfer", LocalDate.parse("2026-06-30"),
                "capped at contract value", scope);
    }

    DeciderSpec<Deal, DealCommand> spec() {
        return DeciderSpec.of(decider);
    }

    @Test
    void anAcceptedProposalOpensTheNegotiationOnce() {
        spec().when(new DealCommand.Open(NOW, OPP, QUOTE, Scenario.KEY_ACCOUNT, "Acme", null)).then(OPENED);
        spec().given(OPENED).when(new DealCommand.Open(NOW, OPP, QUOTE, Scenario.KEY_ACCOUNT, "Acme", null)).then();
    }

    @Test
    void aReopenedOpportunitysNextCycleNegotiatesAfresh() {
        Deal reopened = spec().given(OPENED, PREPARED, ROUND1, new DealLost("NEGOTIATION", "price", null))
                .when(new DealCommand.Open(NOW, OPP, QUOTE, Scenario.KEY_ACCOUNT, "Acme", null, 2)).stateAfter();
        assertThat(reopened.cycle()).isEqualTo(2);
        assertThat(reopened.status()).isEqualTo(DealStatus.NEGOTIATING);
        assertThat(reopened.rounds()).isEmpty();
        assertThat(reopened.prepared()).isFalse();
    }

    @Test
    void aRoundNeedsThePreparation() {
        spec().given(OPENED).when(new DealCommand.HoldRound(NOW, GOOD, List.of(), "alice", null))
                .thenRejected("not-prepared");
        spec().given(OPENED, PREPARED, REHEARSED).when(new DealCommand.HoldRound(NOW, GOOD, List.of(), "alice", null)).then(ROUND1);
    }

    @Test
    void termsBeyondTheBottomLinesAreRefusedWithoutAnExceptionRequest() {
        Terms bad = terms("40000", 45, List.of("licence", "on-site support"));
        spec().given(OPENED, PREPARED, REHEARSED).when(new DealCommand.HoldRound(NOW, bad, List.of(), "alice", null))
                .thenRejected("bottom-line-breach");
        spec().given(OPENED, PREPARED, REHEARSED).when(new DealCommand.HoldRound(NOW, bad, List.of(), "alice", "strategic customer"))
                .then(new NegotiationRoundHeld(1, bad, List.of()), new BottomLineExceptionRequested(1, List.of(
                        "price 40000 under the minimum 42000", "payment term 45 days over the maximum 30",
                        "service 'on-site support' beyond the agreed scope"), "alice", "strategic customer"));
    }

    @Test
    void onlyAManagerDecidesAnExceptionAndMinutesWaitForTheDecision() {
        Terms bad = terms("40000", 30, List.of());
        NegotiationRoundHeld round = new NegotiationRoundHeld(1, bad, List.of());
        BottomLineExceptionRequested requested = new BottomLineExceptionRequested(1,
                List.of("price 40000 under the minimum 42000"), "alice", "strategic");
        spec().given(OPENED, PREPARED, round, requested)
                .when(new DealCommand.SignMinutes(NOW, 1, "s", BOTH)).thenRejected("exception-pending");
        spec().given(OPENED, PREPARED, round, requested)
                .when(new DealCommand.DecideException(NOW, 1, true, "sam", false, "ok")).thenRejected("manager-role-required");
        spec().given(OPENED, PREPARED, round, requested)
                .when(new DealCommand.DecideException(NOW, 1, true, "mia", true, "reference customer"))
                .then(new BottomLineExceptionApproved(1, List.of("price 40000 under the minimum 42000"), "mia",
                        "reference customer", "alice", "strategic"));
    }

    @Test
    void aManagerNeverDecidesAnExceptionTheyRequestedThemselves() {
        Terms bad = terms("40000", 30, List.of());
        BottomLineExceptionRequested byMia = new BottomLineExceptionRequested(1,
                List.of("price 40000 under the minimum 42000"), "mia", "strategic");
        DeciderSpec<Deal, DealCommand> given = spec().given(OPENED, PREPARED, new NegotiationRoundHeld(1, bad, List.of()),
                byMia);
        given.when(new DealCommand.DecideException(NOW, 1, true, "mia", true, "fine by me"))
                .thenRejected("exception-own-request");
        given.when(new DealCommand.DecideException(NOW, 1, false, "mia", true, "withdrawn"))
                .thenRejected("exception-own-request");
        // another manager decides; the request's author and reason stay beside the decision's own
        Deal after = given.when(new DealCommand.DecideException(NOW, 1, true, "max", true, "reference customer"))
                .stateAfter();
        Round round = after.round(1).orElseThrow();
        assertThat(round.requestedBy()).isEqualTo("mia");
        assertThat(round.requestReason()).isEqualTo("strategic");
        assertThat(round.decidedBy()).isEqualTo("max");
        assertThat(round.decisionReason()).isEqualTo("reference customer");
    }

    @Test
    void onceARoundIsHeldOnlyAManagerMovesABottomLineAndSaysWhy() {
        BottomLines lower = new BottomLines(new Money(new BigDecimal("38000"), "EUR"), 30, List.of("licence", "training"));
        Counterpart counterpart = PREPARED.counterpart();
        DeciderSpec<Deal, DealCommand> begun = spec().given(OPENED, PREPARED, ROUND1, MINUTES1);
        begun.when(new DealCommand.Prepare(NOW, lower, counterpart, List.of(), RESPONSES, "alice", false, "customer asked"))
                .thenRejected("bottom-lines-locked");
        begun.when(new DealCommand.Prepare(NOW, lower, counterpart, List.of(), RESPONSES, "mia", true, " "))
                .thenRejected("change-reason-required");
        begun.when(new DealCommand.Prepare(NOW, lower, counterpart, List.of(), RESPONSES, "mia", true, "board approved a floor of 38k"))
                .then(new BottomLinesChanged(PREPARED.bottomLines(), lower, "mia", "board approved a floor of 38k"),
                        new NegotiationPrepared(lower, counterpart, List.of(), RESPONSES));
        // the same lines re-posted (new concerns, concessions) stay a salesperson's preparation
        begun.when(new DealCommand.Prepare(NOW, PREPARED.bottomLines(), counterpart, List.of(), RESPONSES, "alice", false, null))
                .then(new NegotiationPrepared(PREPARED.bottomLines(), counterpart, List.of(), RESPONSES));
        // before the first round the preparation is simply redone
        spec().given(OPENED, PREPARED)
                .when(new DealCommand.Prepare(NOW, lower, counterpart, List.of(), RESPONSES, "alice", false, null))
                .then(new NegotiationPrepared(lower, counterpart, List.of(), RESPONSES));
        // a lowered line is what the next round is checked against
        spec().given(OPENED, PREPARED, ROUND1, MINUTES1,
                        new BottomLinesChanged(PREPARED.bottomLines(), lower, "mia", "board"),
                        new NegotiationPrepared(lower, counterpart, List.of(), RESPONSES))
                .when(new DealCommand.HoldRound(NOW, terms("39000", 30, List.of()), List.of(), "alice", null))
                .then(new NegotiationRoundHeld(2, terms("39000", 30, List.of()), List.of()));
    }

    @Test
    void aRefusedExceptionVoidsTheRoundsTerms() {
        Terms bad = terms("40000", 30, List.of());
        spec().given(OPENED, PREPARED, new NegotiationRoundHeld(1, bad, List.of()),
                        new BottomLineExceptionRequested(1, List.of("x"), "alice", "r"),
                        new BottomLineExceptionRejected(1, List.of("x"), "mia", "no", "alice", "r"),
                        new MeetingMinutesSigned(1, "no agreement", "Li", "Alice"))
                .when(new DealCommand.DraftContract(NOW, CONTRACT, CLAUSES)).thenRejected("terms-rejected");
    }

    @Test
    void everyRoundsMinutesAreSignedBeforeTheNextRoundOrTheContract() {
        spec().given(OPENED, PREPARED, ROUND1).when(new DealCommand.HoldRound(NOW, GOOD, List.of(), "alice", null))
                .thenRejected("minutes-unsigned");
        spec().given(OPENED, PREPARED, ROUND1).when(new DealCommand.DraftContract(NOW, CONTRACT, CLAUSES))
                .thenRejected("minutes-unsigned");
        spec().given(NEW_CUSTOMER, PREPARED, ROUND1, MINUTES1).when(new DealCommand.DraftContract(NOW, CONTRACT, CLAUSES))
                .then(DRAFTED);
    }

    @Test
    void aKeyAccountExpectsSeveralRoundsBeforeTheContractAndAManagerSendsIt() {
        spec().given(OPENED, PREPARED, ROUND1, MINUTES1).when(new DealCommand.DraftContract(NOW, CONTRACT, CLAUSES))
                .thenRejected("key-account-rounds");
        spec().given(OPENED, PREPARED, ROUND1, MINUTES1).when(new DealCommand.DraftContract(NOW, CONTRACT, CLAUSES,
                "the customer's board meets once a quarter; terms agreed in one round"))
                .then(new ContractDrafted(CONTRACT, CLAUSES, GOOD,
                        "the customer's board meets once a quarter; terms agreed in one round"));
        NegotiationRoundHeld round2 = new NegotiationRoundHeld(2, GOOD, List.of());
        NegotiationRoundHeld round3 = new NegotiationRoundHeld(3, GOOD, List.of());
        spec().given(OPENED, PREPARED, ROUND1, MINUTES1, round2, new MeetingMinutesSigned(2, "s", "c", "u"), round3,
                        new MeetingMinutesSigned(3, "s", "c", "u"))
                .when(new DealCommand.DraftContract(NOW, CONTRACT, CLAUSES)).then(DRAFTED);
        // the rounds expected are configuration
        DeciderSpec.of(new DealDecider(io.dealstream.eventstore.domain.ClientTimes.DEFAULT, 1, Duration.ofHours(24)))
                .given(OPENED, PREPARED, ROUND1, MINUTES1).when(new DealCommand.DraftContract(NOW, CONTRACT, CLAUSES))
                .then(DRAFTED);
        spec().given(OPENED, PREPARED, ROUND1, MINUTES1, DRAFTED, APPROVED)
                .when(new DealCommand.SendForConfirmation(NOW, false)).thenRejected("key-account-needs-manager");
        spec().given(NEW_CUSTOMER, PREPARED, ROUND1, MINUTES1, DRAFTED, APPROVED)
                .when(new DealCommand.SendForConfirmation(NOW, false)).then(SENT);
    }

    @Test
    void theScenarioFollowsLeadService() {
        NegotiationScenarioChanged flagged = new NegotiationScenarioChanged(Scenario.KEY_ACCOUNT, Scenario.NEW_CUSTOMER,
                "mia", "group-wide rollout");
        spec().given(NEW_CUSTOMER).when(new DealCommand.FollowScenario(NOW, Scenario.KEY_ACCOUNT, "mia",
                "group-wide rollout")).then(flagged);
        spec().given(NEW_CUSTOMER, flagged, PREPARED, ROUND1, MINUTES1)
                .when(new DealCommand.DraftContract(NOW, CONTRACT, CLAUSES)).thenRejected("key-account-rounds");
    }

    @Test
    void eachContractQuestionOpensA24HourAnswerDeadlineThatItsAnswerMeets() {
        UUID q = UUID.fromString("99999999-0000-0000-0000-000000000002");
        DealDeadlines rules = DealDeadlines.RULES;
        spec().given(OPENED, PREPARED, ROUND1, MINUTES1, DRAFTED, APPROVED, SENT)
                .when(new DealCommand.RaiseQuestion(NOW, q, "Does the cap include data loss?", null))
                .thenDeadlines(rules, DeadlineChange.open(DealDeadlines.CONTRACT_QUESTION, q.toString(),
                        NOW.plus(Duration.ofHours(24))));
        ContractQuestionRaised raised = new ContractQuestionRaised(q, "cap?", NOW, NOW.plus(Duration.ofHours(24)));
        spec().given(OPENED, PREPARED, ROUND1, MINUTES1, DRAFTED, APPROVED, SENT, raised)
                .when(new DealCommand.AnswerQuestion(NOW.plus(Duration.ofHours(1)), q, "Yes, clause 7.2.", null))
                .thenDeadlines(rules, DeadlineChange.meet(DealDeadlines.CONTRACT_QUESTION, q.toString()));
        spec().given(OPENED, PREPARED, ROUND1, MINUTES1, DRAFTED, APPROVED, SENT, raised)
                .when(new DealCommand.MarkQuestionOverdue(NOW, q, raised.answerDueAt())).thenDeadlines(rules);
        spec().given(OPENED, PREPARED, ROUND1, MINUTES1, DRAFTED, APPROVED, SENT, raised).whenMissed(rules,
                Deadline.of(OPP, OPP, DealDeadlines.CONTRACT_QUESTION, q.toString(), raised.answerDueAt()),
                raised.answerDueAt()).then(new ContractQuestionOverdue(q, raised.answerDueAt()));
    }

    @Test
    void theCustomersQuestionsAtTheLastConfirmationAreAnsweredBeforeSigning() {
        UUID q = UUID.fromString("99999999-0000-0000-0000-000000000001");
        DeciderSpec<Deal, DealCommand> sent = spec().given(OPENED, PREPARED, ROUND1, MINUTES1, DRAFTED, APPROVED, SENT);
        ContractQuestionRaised raised = new ContractQuestionRaised(q, "Does the cap include data loss?", NOW,
                NOW.plus(Duration.ofHours(24)));
        sent.when(new DealCommand.RaiseQuestion(NOW, q, "Does the cap include data loss?", null)).then(raised);
        spec().given(OPENED, PREPARED, ROUND1, MINUTES1, DRAFTED, APPROVED, SENT, raised)
                .when(new DealCommand.Sign(NOW, UUID.randomUUID(), BOTH, List.of())).thenRejected("contract-questions-open");
        spec().given(OPENED, PREPARED, ROUND1, MINUTES1, DRAFTED, APPROVED, SENT, raised)
                .when(new DealCommand.MarkQuestionOverdue(NOW, q, raised.answerDueAt()))
                .then(new ContractQuestionOverdue(q, raised.answerDueAt()));
        Instant late = NOW.plus(Duration.ofHours(25));
        spec().given(OPENED, PREPARED, ROUND1, MINUTES1, DRAFTED, APPROVED, SENT, raised)
                .when(new DealCommand.AnswerQuestion(late, q, "Yes, clause 7.2.", null))
                .then(new ContractQuestionAnswered(q, "Yes, clause 7.2.", late, true));
        spec().given(OPENED, PREPARED, ROUND1, MINUTES1, DRAFTED, APPROVED, SENT, raised,
                        new ContractQuestionAnswered(q, "Yes", late, true))
                .when(new DealCommand.Sign(late, UUID.randomUUID(), BOTH, List.of())).thenEvents(events ->
                        assertThat(events.get(0)).isInstanceOf(ContractSigned.class));
        spec().given(OPENED, PREPARED, ROUND1, MINUTES1, DRAFTED, APPROVED)
                .when(new DealCommand.RaiseQuestion(NOW, q, "x", null)).thenRejected("contract-not-sent");
    }

    @Test
    void aChangeRequestReturnsTheContractToDraftingAndLegalReviewsItAgain() {
        List<Clause> amended = List.of(new Clause("Dispute resolution", "Arbitration in Zurich under Swiss law."),
                new Clause("Escrow", "Source code in escrow with a named agent."));
        DeciderSpec<Deal, DealCommand> sent = spec().given(OPENED, PREPARED, ROUND1, MINUTES1, DRAFTED, APPROVED, SENT);
        ContractChangeRequested requested = new ContractChangeRequested(1, "the customer's legal asks for Swiss law",
                amended, List.of("Dispute resolution", "Escrow"));
        sent.when(new DealCommand.RequestChange(NOW, "the customer's legal asks for Swiss law", amended)).then(requested);
        // (a command that changes nothing shows the state the events leave)
        Deal amendedState = spec().given(OPENED, PREPARED, ROUND1, MINUTES1, DRAFTED, APPROVED, SENT, requested)
                .when(new DealCommand.FollowScenario(NOW, Scenario.KEY_ACCOUNT, "mia", "unchanged")).stateAfter();
        assertThat(amendedState.status()).isEqualTo(DealStatus.CONTRACT_DRAFTED);
        assertThat(amendedState.amendments()).isEqualTo(1);
        assertThat(amendedState.contract().approved()).isNull();
        assertThat(amendedState.contract().clauses()).extracting(Clause::text)
                .contains("Arbitration in Zurich under Swiss law.", "Source code in escrow with a named agent.")
                .doesNotContain("Arbitration in Zurich.");
        spec().given(OPENED, PREPARED, ROUND1, MINUTES1, DRAFTED, APPROVED, SENT, requested)
                .when(new DealCommand.SendForConfirmation(NOW)).thenRejected("contract-not-approved");
        sent.when(new DealCommand.RequestChange(NOW, "x", List.of())).thenRejected("amended-clauses-required");
    }

    @Test
    void theMinutesAreSignedByBothSidesNotByTwoOfUs() {
        spec().given(OPENED, PREPARED, ROUND1).when(new DealCommand.SignMinutes(NOW, 1, "agreed", List.of(BOTH.get(1),
                new Signature(Signature.Side.OURS, "Bob", "Manager", NOW, Signature.Method.ELECTRONIC, null))))
                .thenRejected("both-sides-sign");
        spec().given(OPENED, PREPARED, ROUND1).when(new DealCommand.SignMinutes(NOW, 1, "agreed", BOTH))
                .then(new MeetingMinutesSigned(1, "agreed", "Li Wei", "Alice", BOTH));
    }

    @Test
    void legalApprovalIsBlockedByFindingsUnlessEachIsOverriddenWithAReason() {
        List<Clause> vague = List.of(new Clause("Delivery", "Delivery as soon as possible."));
        ContractDrafted draft = new ContractDrafted(CONTRACT, vague, GOOD);
        DeciderSpec<Deal, DealCommand> given = spec().given(OPENED, PREPARED, ROUND1, MINUTES1, draft);
        given.when(new DealCommand.Review(NOW, "lara", true, true, List.of(), Map.of()))
                .thenRejected("contract-findings-open");
        given.when(new DealCommand.Review(NOW, "sam", false, true, List.of(), Map.of()))
                .thenRejected("legal-role-required");
        Map<String, String> overrides = new java.util.HashMap<>();
        ContractLint.lint(vague).forEach(f -> overrides.put(ContractLint.key(f), "accepted by legal: " + f.clause()));
        given.when(new DealCommand.Review(NOW, "lara", true, true, List.of(), overrides)).thenEvents(events -> {
            ContractReviewed reviewed = (ContractReviewed) events.get(0);
            assertThat(reviewed.approved()).isTrue();
            assertThat(reviewed.findings()).hasSize(5).allMatch(f -> f.overrideReason() != null);
        });
        given.when(new DealCommand.Review(NOW, "lara", true, false, List.of(new ContractFinding("Delivery",
                ContractFinding.Kind.OTHER, "penalty missing", null)), Map.of())).thenEvents(events ->
                assertThat(((ContractReviewed) events.get(0)).approved()).isFalse());
    }

    @Test
    void theContractIsSentOnlyAfterApprovalAndSignedOnlyAfterSending() {
        spec().given(OPENED, PREPARED, ROUND1, MINUTES1, DRAFTED).when(new DealCommand.SendForConfirmation(NOW))
                .thenRejected("contract-not-approved");
        spec().given(OPENED, PREPARED, ROUND1, MINUTES1, DRAFTED, APPROVED)
                .when(new DealCommand.Sign(NOW, UUID.randomUUID(), BOTH, List.of())).thenRejected("contract-not-sent");
    }

    @Test
    void signingTakesEffectAndConfirmsTheOrder() {
        UUID order = UUID.fromString("88888888-8888-8888-8888-888888888888");
        List<MaintenanceCommitment> maintenance = List.of(new MaintenanceCommitment(MaintenanceKind.MONTHLY_INSPECTION, 1,
                "inspection"));
        spec().given(OPENED, PREPARED, ROUND1, MINUTES1, DRAFTED, APPROVED, SENT)
                .when(new DealCommand.Sign(NOW, order, BOTH, maintenance))
                .then(new ContractSigned(CONTRACT, SigningMethod.PAPER, NOW,
                                List.of("Li Wei (CEO, customer)", "Alice (Sales lead, us)"), GOOD.price(), GOOD,
                                GOOD.deliveryDate(), maintenance, Scenario.KEY_ACCOUNT, "Acme", null, BOTH, 1),
                        new OrderConfirmed(order, QUOTE.lines(), new Money(new BigDecimal("48000.00"), "EUR"),
                                new Money(new BigDecimal("3000.00"), "EUR"), GOOD.price(), GOOD.deliveryDate()));
        spec().given(OPENED, PREPARED, ROUND1, MINUTES1, DRAFTED, APPROVED, SENT)
                .when(new DealCommand.Sign(NOW, order, List.of(BOTH.get(1), new Signature(Signature.Side.OURS, "Bob",
                        "Manager", NOW, Signature.Method.ELECTRONIC, null)), maintenance))
                .thenRejected("both-sides-sign");
        // signed on paper (what staff record for the customer): the document is named, and the contract reads PAPER
        List<Signature> paper = List.of(new Signature(Signature.Side.CUSTOMER, "Li Wei", "CEO", NOW,
                Signature.Method.PAPER, "DMS-C-1"), BOTH.get(1));
        spec().given(OPENED, PREPARED, ROUND1, MINUTES1, DRAFTED, APPROVED, SENT)
                .when(new DealCommand.Sign(NOW, order, paper, maintenance)).thenEvents(events ->
                        assertThat(((ContractSigned) events.get(0)).method()).isEqualTo(SigningMethod.PAPER));
        // not before the contract was sent
        spec().given(OPENED, PREPARED, ROUND1, MINUTES1, DRAFTED, APPROVED, SENT)
                .when(new DealCommand.Sign(NOW, order, List.of(BOTH.get(0), new Signature(Signature.Side.OURS, "Alice",
                        "Sales lead", NOW.minusSeconds(60), Signature.Method.ELECTRONIC, null)), maintenance))
                .thenRejected("signedAt-before-contract-sent");
    }

    @Test
    void theOrderAddsUpToTheCentOverTheNegotiatedLines() {
        UUID order = UUID.fromString("88888888-8888-8888-8888-888888888888");
        List<QuoteLine> lines = List.of(new QuoteLine("licence", BigDecimal.ONE, new BigDecimal("40000.00")),
                new QuoteLine("training day", new BigDecimal("3"), new BigDecimal("1333.33")));
        Terms negotiated = new Terms(new Money(new BigDecimal("43999.99"), "EUR"), 30, "bank transfer",
                LocalDate.parse("2026-06-30"), "capped at contract value", List.of("licence", "training"), lines);
        NegotiationRoundHeld round = new NegotiationRoundHeld(1, negotiated, List.of());
        spec().given(OPENED, PREPARED, round, new MeetingMinutesSigned(1, "agreed", "Li Wei", "Alice"),
                        new ContractDrafted(CONTRACT, CLAUSES, negotiated), APPROVED, SENT)
                .when(new DealCommand.Sign(NOW, order, BOTH, List.of()))
                .thenEvents(events -> {
                    OrderConfirmed confirmed = (OrderConfirmed) events.get(1);
                    assertThat(confirmed.items()).isEqualTo(lines);
                    BigDecimal sum = confirmed.items().stream().map(l -> l.quantity().multiply(l.unitPrice()))
                            .reduce(BigDecimal.ZERO, BigDecimal::add);
                    assertThat(confirmed.subtotal().amount()).isEqualByComparingTo(sum).isEqualByComparingTo("43999.99");
                    assertThat(confirmed.discount().amount()).isEqualByComparingTo("0.00");
                    assertThat(confirmed.total()).isEqualTo(negotiated.price());
                    assertThat(confirmed.subtotal().amount().subtract(confirmed.discount().amount()))
                            .isEqualByComparingTo(confirmed.total().amount());
                });
    }

    @Test
    void aPriceAboveTheLinesItBuysIsRefused() {
        spec().given(OPENED, PREPARED, REHEARSED).when(new DealCommand.HoldRound(NOW, terms("48000.01", 30, List.of()), List.of(),
                "alice", null)).thenRejected("price-above-lines");
        Terms usd = new Terms(new Money(new BigDecimal("45000"), "USD"), 30, "bank transfer",
                LocalDate.parse("2026-06-30"), "capped", List.of());
        spec().given(OPENED, new NegotiationPrepared(new BottomLines(new Money(new BigDecimal("1"), "USD"), 30,
                        List.of()), PREPARED.counterpart(), List.of()), REHEARSED)
                .when(new DealCommand.HoldRound(NOW, usd, List.of(), "alice", null)).thenRejected("currency-mismatch");
    }

    @Test
    void vagueWordingInTheTermsBlocksApprovalLikeInAClause() {
        Terms vague = new Terms(GOOD.price(), 30, "bank transfer 盡快 after delivery", GOOD.deliveryDate(),
                "capped at 大約 the contract value", List.of("licence", "support around the clock"));
        NegotiationRoundHeld round = new NegotiationRoundHeld(1, vague, List.of());
        spec().given(OPENED, PREPARED, round, MINUTES1, new ContractDrafted(CONTRACT, CLAUSES, vague))
                .when(new DealCommand.Review(NOW, "lara", true, true, List.of(), Map.of()))
                .thenRejected("contract-findings-open");
        assertThat(ContractLint.lint(CLAUSES, vague)).extracting(ContractFinding::clause)
                .containsExactly(ContractLint.PAYMENT_METHOD, ContractLint.LIABILITY, ContractLint.SERVICE_SCOPE);
    }

    @Test
    void aDealCanBeLostAtAnyPointButNotAfterSigning() {
        spec().given(OPENED, PREPARED, ROUND1).when(new DealCommand.Lose(NOW, "NEGOTIATION", "too expensive", "Initech"))
                .then(new DealLost("NEGOTIATION", "too expensive", "Initech"));
        spec().given(OPENED, new DealLost("NEGOTIATION", "x", null))
                .when(new DealCommand.Lose(NOW, "NEGOTIATION", "y", null)).thenRejected("deal-closed");
    }

    @Test
    void aKeyAccountMayNeedManyRounds() {
        Deal after = spec().given(OPENED, PREPARED, ROUND1, MINUTES1, new NegotiationRoundHeld(2, GOOD, List.of()),
                        new MeetingMinutesSigned(2, "s", "c", "u"))
                .when(new DealCommand.HoldRound(NOW, terms("44000", 20, List.of()), List.of(), "alice", null)).stateAfter();
        assertThat(after.rounds()).hasSize(3);
    }

    @Test
    void aRoundNeedsThePreparationWithItsResponsesAndARehearsal() {
        spec().given(OPENED).when(new DealCommand.Prepare(NOW, PREPARED.bottomLines(), PREPARED.counterpart(), List.of(),
                List.of(" "), "alice", false, null)).thenRejected("responses-required");
        spec().given(OPENED, PREPARED).when(new DealCommand.HoldRound(NOW, GOOD, List.of(), "alice", null))
                .thenRejected("negotiation-not-rehearsed");
        spec().given(OPENED, PREPARED).when(new DealCommand.Rehearse(NOW, "role-played the CFO")).then(REHEARSED);
        spec().given(OPENED, PREPARED, REHEARSED).when(new DealCommand.HoldRound(NOW, GOOD, List.of(), "alice", null))
                .then(ROUND1);
    }

    /** Every required text, stated time and order-of-steps rule of stage 5, broken one at a time. */
    @org.junit.jupiter.api.Nested
    class RequiredTextsStatedTimesAndOrderOfSteps {

        final UUID question = UUID.fromString("99999999-0000-0000-0000-000000000002");
        final ContractQuestionRaised raised = new ContractQuestionRaised(question, "Does the cap include data loss?", NOW,
                NOW.plus(Duration.ofHours(24)));

        @Test
        void bottomLinesCannotBeNegative() {
            BottomLines negative = new BottomLines(new Money(new BigDecimal("42000"), "EUR"), -1, List.of("licence"));
            spec().given(OPENED).when(new DealCommand.Prepare(NOW, negative, PREPARED.counterpart(), List.of(), RESPONSES,
                    "alice", false, null)).thenRejected("bottom-lines-invalid");
        }

        @Test
        void rehearsalsMinutesExceptionsAndLossesSayWhatAndWho() {
            spec().given(OPENED, PREPARED).when(new DealCommand.Rehearse(NOW, " ")).thenRejected("notes-required");
            spec().given(OPENED, PREPARED, REHEARSED, ROUND1).when(new DealCommand.SignMinutes(NOW, 1, " ", BOTH))
                    .thenRejected("summary-required");
            spec().given(OPENED, PREPARED, REHEARSED).when(new DealCommand.HoldRound(NOW, terms("40000", 30, List.of()),
                    List.of(), " ", "strategic customer")).thenRejected("requestedBy-required");
            BottomLineExceptionRequested requested = new BottomLineExceptionRequested(1,
                    List.of("price 40000 under the minimum 42000"), "alice", "strategic");
            spec().given(OPENED, PREPARED, new NegotiationRoundHeld(1, terms("40000", 30, List.of()), List.of()), requested)
                    .when(new DealCommand.DecideException(NOW, 1, true, "mia", true, " ")).thenRejected("reason-required");
            spec().given(OPENED, PREPARED).when(new DealCommand.Lose(NOW, " ", "price", null)).thenRejected("stage-required");
            spec().given(OPENED, PREPARED).when(new DealCommand.Lose(NOW, "NEGOTIATION", null, null))
                    .thenRejected("reason-required");
        }

        @Test
        void aRoundsMinutesAreSignedOnceAndOnlyAPendingExceptionIsDecided() {
            spec().given(OPENED, PREPARED, REHEARSED, ROUND1, MINUTES1).when(new DealCommand.SignMinutes(NOW, 1, "again", BOTH))
                    .thenRejected("minutes-already-signed");
            spec().given(OPENED, PREPARED, REHEARSED, ROUND1, MINUTES1)
                    .when(new DealCommand.DecideException(NOW, 1, true, "mia", true, "fine")).thenRejected("no-exception-pending");
        }

        @Test
        void theContractFollowsAnAgreedRoundHasClausesAndEndsTheNegotiation() {
            spec().given(OPENED, PREPARED).when(new DealCommand.DraftContract(NOW, CONTRACT, CLAUSES, "small deal"))
                    .thenRejected("no-agreed-round");
            spec().given(OPENED, PREPARED, REHEARSED, ROUND1, MINUTES1)
                    .when(new DealCommand.DraftContract(NOW, CONTRACT, List.of(), "small deal")).thenRejected("clauses-required");
            DeciderSpec<Deal, DealCommand> drafted = spec().given(OPENED, PREPARED, REHEARSED, ROUND1, MINUTES1, DRAFTED);
            drafted.when(new DealCommand.Rehearse(NOW, "one more")).thenRejected("contract-drafted");
            spec().given(OPENED, PREPARED, REHEARSED, ROUND1, MINUTES1, DRAFTED)
                    .when(new DealCommand.HoldRound(NOW, GOOD, List.of(), "alice", null)).thenRejected("contract-drafted");
            spec().given(OPENED, PREPARED, REHEARSED, ROUND1, MINUTES1, DRAFTED)
                    .when(new DealCommand.Prepare(NOW, PREPARED.bottomLines(), PREPARED.counterpart(), List.of(), RESPONSES,
                            "mia", true, "late change")).thenRejected("contract-drafted");
            spec().given(OPENED, PREPARED, REHEARSED, ROUND1, MINUTES1, DRAFTED, APPROVED, SENT)
                    .when(new DealCommand.DraftContract(NOW, CONTRACT, CLAUSES, "small deal")).thenRejected("contract-sent");
        }

        @Test
        void legalReviewsADraftedContractUnderItsName() {
            spec().given(OPENED, PREPARED, REHEARSED, ROUND1, MINUTES1).when(new DealCommand.Review(NOW, "lara", true, true,
                    List.of(), java.util.Map.of())).thenRejected("no-contract-to-review");
            spec().given(OPENED, PREPARED, REHEARSED, ROUND1, MINUTES1, DRAFTED).when(new DealCommand.Review(NOW, " ", true,
                    true, List.of(), java.util.Map.of())).thenRejected("reviewer-required");
        }

        @Test
        void theCustomersQuestionsAreWrittenAndAnsweredInsideTheWindow() {
            DeciderSpec<Deal, DealCommand> sent = spec().given(OPENED, PREPARED, REHEARSED, ROUND1, MINUTES1, DRAFTED, APPROVED, SENT);
            sent.when(new DealCommand.RaiseQuestion(NOW, question, " ", null)).thenRejected("text-required");
            sent.when(new DealCommand.RaiseQuestion(NOW, question, "cap?", NOW.plus(Duration.ofHours(1))))
                    .thenRejected("raisedAt-in-future");
            spec().given(OPENED, PREPARED, REHEARSED, ROUND1, MINUTES1, DRAFTED, APPROVED, SENT, raised)
                    .when(new DealCommand.AnswerQuestion(NOW, question, " ", null)).thenRejected("answer-required");
            spec().given(OPENED, PREPARED, REHEARSED, ROUND1, MINUTES1, DRAFTED, APPROVED, SENT, raised)
                    .when(new DealCommand.AnswerQuestion(NOW, question, "no", NOW.plus(Duration.ofHours(1))))
                    .thenRejected("answeredAt-in-future");
            // a contract sent and asked about 40 days ago, its answer stated 35 days back: beyond the 30-day window
            Instant longAgo = NOW.minus(Duration.ofDays(40));
            ContractQuestionRaised askedLongAgo = new ContractQuestionRaised(question, "cap?", longAgo,
                    longAgo.plus(Duration.ofHours(24)));
            spec().given(OPENED, PREPARED, REHEARSED, ROUND1, MINUTES1, DRAFTED, APPROVED,
                            new ContractSentForConfirmation(longAgo), askedLongAgo)
                    .when(new DealCommand.AnswerQuestion(NOW, question, "no", NOW.minus(Duration.ofDays(35))))
                    .thenRejected("answeredAt-backdated");
            spec().given(OPENED, PREPARED, REHEARSED, ROUND1, MINUTES1, DRAFTED, APPROVED, new ContractSentForConfirmation(longAgo))
                    .when(new DealCommand.RaiseQuestion(NOW, question, "cap?", NOW.minus(Duration.ofDays(35))))
                    .thenRejected("raisedAt-backdated");
        }
    }
}
