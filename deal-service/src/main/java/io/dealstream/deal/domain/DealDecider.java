package io.dealstream.deal.domain;

import static io.dealstream.eventstore.domain.Texts.required;
import static io.dealstream.eventstore.domain.Texts.isBlank;
import static io.dealstream.eventstore.domain.Texts.blankToNull;
import static io.dealstream.eventstore.domain.DomainRuleViolation.conflict;
import static io.dealstream.eventstore.domain.DomainRuleViolation.unprocessable;

import io.dealstream.events.DomainEvent;
import io.dealstream.events.common.Signature;
import io.dealstream.events.common.Terms;
import io.dealstream.events.deal.BottomLineExceptionApproved;
import io.dealstream.events.deal.BottomLineExceptionRejected;
import io.dealstream.events.deal.BottomLineExceptionRequested;
import io.dealstream.events.deal.BottomLines;
import io.dealstream.events.deal.BottomLinesChanged;
import io.dealstream.events.deal.ContractChangeRequested;
import io.dealstream.events.deal.ContractDrafted;
import io.dealstream.events.deal.ContractQuestionAnswered;
import io.dealstream.events.deal.ContractQuestionOverdue;
import io.dealstream.events.deal.ContractQuestionRaised;
import io.dealstream.events.deal.NegotiationRehearsed;
import io.dealstream.events.deal.NegotiationScenarioChanged;
import io.dealstream.events.deal.ContractFinding;
import io.dealstream.events.deal.ContractReviewed;
import io.dealstream.events.deal.ContractSentForConfirmation;
import io.dealstream.events.deal.ContractSigned;
import io.dealstream.events.deal.DealEvent;
import io.dealstream.events.deal.DealLost;
import io.dealstream.events.deal.MeetingMinutesSigned;
import io.dealstream.events.deal.NegotiationOpened;
import io.dealstream.events.deal.NegotiationPrepared;
import io.dealstream.events.deal.NegotiationRoundHeld;
import io.dealstream.events.deal.OrderConfirmed;
import io.dealstream.events.deal.SigningMethod;
import io.dealstream.eventstore.Decider;
import io.dealstream.eventstore.links.CustomerLinks;
import io.dealstream.eventstore.domain.BothSides;
import io.dealstream.eventstore.domain.ClientTimes;
import io.dealstream.eventstore.domain.WrittenQuestion;
import io.dealstream.eventstore.domain.DomainRuleViolation;
import io.dealstream.eventstore.domain.NotFound;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stage 5 rules: prepare before negotiating, bottom lines guarded (a breach needs a manager's
 * exception), every round's minutes signed by both sides before the next round or the contract, a
 * contract free of vague wording and complete in its SOP clauses (or overridden by legal, each with a
 * reason), legal approval before sending, and the order confirmation with the signature.
 */
public final class DealDecider implements Decider<Deal, DealCommand> {

    /** Rehearsals before the first round: one by default (configuration). */
    public static final int REQUIRED_REHEARSALS = 1;

    /** A KEY_ACCOUNT negotiation expects several rounds: three by default (configuration). */
    public static final int KEY_ACCOUNT_ROUNDS = 3;

    private final ClientTimes times;
    private final int keyAccountRounds;
    private final java.time.Duration answerWithin;
    private final int requiredRehearsals;

    public DealDecider() {
        this(ClientTimes.DEFAULT, KEY_ACCOUNT_ROUNDS, java.time.Duration.ofHours(24));
    }

    public DealDecider(ClientTimes times) {
        this(times, KEY_ACCOUNT_ROUNDS, java.time.Duration.ofHours(24));
    }

    public DealDecider(ClientTimes times, int keyAccountRounds, java.time.Duration answerWithin) {
        this(times, keyAccountRounds, answerWithin, REQUIRED_REHEARSALS);
    }

    public DealDecider(ClientTimes times, int keyAccountRounds, java.time.Duration answerWithin,
            int requiredRehearsals) {
        this.requiredRehearsals = requiredRehearsals;
        this.times = times;
        this.keyAccountRounds = keyAccountRounds;
        this.answerWithin = answerWithin;
    }

    @Override
    public Deal initialState() {
        return Deal.EMPTY;
    }

    @Override
    public List<DealEvent> decide(Deal d, DealCommand command) {
        if (command instanceof DealCommand.Open o) {
            // once per cycle: a reopened opportunity's new cycle negotiates afresh
            return d.exists() && o.cycle() <= d.cycle() ? List.of() : List.of(new NegotiationOpened(o.opportunityId(),
                    o.proposalQuote(), o.scenario(), o.customerName(), o.accountId(), o.cycle()));
        }
        if (!d.exists()) {
            throw new NotFound("deal", "");
        }
        if (command instanceof DealCommand.FollowScenario f) {
            return f.scenario() == d.scenario() ? List.of()
                    : List.of(new NegotiationScenarioChanged(f.scenario(), d.scenario(), f.changedBy(), f.reason()));
        }
        if (command instanceof DealCommand.MarkQuestionOverdue m) {
            return d.question(m.questionId()).filter(q -> !q.answered())
                    .<List<DealEvent>>map(q -> List.of(new ContractQuestionOverdue(q.questionId(), m.dueAt())))
                    .orElse(List.of());
        }
        List<DealEvent> throughLink = DealLinks.decide(d, command, this);
        if (throughLink != null) {
            return throughLink;
        }
        if (d.status() == DealStatus.SIGNED || d.status() == DealStatus.LOST) {
            throw conflict("deal-closed", "the deal is " + d.status());
        }
        if (command instanceof DealCommand.Lose l) {
            return List.of(new DealLost(required(l.stage(), "stage"), required(l.reason(), "reason"),
                    blankToNull(l.competitor())));
        }
        if (command instanceof DealCommand.Prepare p) {
            return prepare(d, p);
        }
        if (command instanceof DealCommand.HoldRound r) {
            return round(d, r);
        }
        if (command instanceof DealCommand.Rehearse r) {
            if (d.contract() != null) {
                throw conflict("contract-drafted", "the contract is drafted; the negotiation is over");
            }
            return List.of(new NegotiationRehearsed(d.rehearsals() + 1, required(r.notes(), "notes")));
        }
        if (command instanceof DealCommand.SignMinutes m) {
            return minutes(d, m, times);
        }
        if (command instanceof DealCommand.DecideException e) {
            return exception(d, e);
        }
        if (command instanceof DealCommand.DraftContract c) {
            return draft(d, c);
        }
        if (command instanceof DealCommand.Review r) {
            return review(d, r);
        }
        if (command instanceof DealCommand.SendForConfirmation s) {
            if (d.status() != DealStatus.CONTRACT_APPROVED) {
                throw conflict("contract-not-approved", "legal must approve the contract before it is sent");
            }
            if (d.scenario() == io.dealstream.events.common.Scenario.KEY_ACCOUNT && !s.byManager()) {
                throw DomainRuleViolation.forbidden("key-account-needs-manager",
                        "a KEY_ACCOUNT contract is sent to the customer with a manager's approval");
            }
            return List.of(new ContractSentForConfirmation(s.now()));
        }
        if (command instanceof DealCommand.RaiseQuestion q) {
            return raiseQuestion(d, q);
        }
        if (command instanceof DealCommand.AnswerQuestion a) {
            return answerQuestion(d, a);
        }
        if (command instanceof DealCommand.RequestChange c) {
            return requestChange(d, c);
        }
        if (command instanceof DealCommand.Sign s) {
            return sign(d, s, times);
        }
        throw new IllegalArgumentException("unhandled " + command);
    }

    private List<DealEvent> prepare(Deal d, DealCommand.Prepare p) {
        if (d.contract() != null) {
            throw conflict("contract-drafted", "the contract is drafted; the negotiation is over");
        }
        if (p.bottomLines().maxPaymentTermDays() < 0 || p.bottomLines().minPrice().amount().signum() < 0) {
            throw unprocessable("bottom-lines-invalid", "minimum price and longest payment term cannot be negative");
        }
        List<String> responses = p.responses() == null ? List.of()
                : p.responses().stream().filter(x -> !isBlank(x)).map(String::strip).toList();
        if (responses.isEmpty()) {
            throw unprocessable("responses-required", "the strategy prepares its responses to the customer's likely "
                    + "concerns (talk tracks)");
        }
        NegotiationPrepared prepared = new NegotiationPrepared(p.bottomLines(), p.counterpart(),
                List.copyOf(p.concessions()), responses);
        if (d.rounds().isEmpty() || !bottomLinesDiffer(d.bottomLines(), p.bottomLines())) {
            return List.of(prepared);
        }
        // the negotiation has begun: a bottom line moves only with a manager's name and reason on it
        if (!p.byManager()) {
            throw DomainRuleViolation.forbidden("bottom-lines-locked", "the negotiation has begun (round "
                    + d.rounds().size() + "); only a manager changes a bottom line, with a reason");
        }
        if (isBlank(p.changeReason())) {
            throw unprocessable("change-reason-required", "say why the bottom lines change (changeReason)");
        }
        return List.of(new BottomLinesChanged(d.bottomLines(), p.bottomLines(), p.actor(), p.changeReason().strip()),
                prepared);
    }

    private static boolean bottomLinesDiffer(BottomLines before, BottomLines after) {
        return before.minPrice().amount().compareTo(after.minPrice().amount()) != 0
                || !before.minPrice().currency().equals(after.minPrice().currency())
                || before.maxPaymentTermDays() != after.maxPaymentTermDays()
                || !new java.util.HashSet<>(before.serviceScope()).equals(new java.util.HashSet<>(after.serviceScope()));
    }

    private List<DealEvent> round(Deal d, DealCommand.HoldRound r) {
        if (!d.prepared()) {
            throw unprocessable("not-prepared", "prepare the negotiation (bottom lines, counterpart, concessions) first");
        }
        if (d.contract() != null) {
            throw conflict("contract-drafted", "the contract is drafted; the negotiation is over");
        }
        if (d.rounds().isEmpty() && d.rehearsals() < requiredRehearsals) {
            throw unprocessable("negotiation-not-rehearsed", "rehearse the negotiation (" + requiredRehearsals
                    + " rehearsal(s)) before the first round");
        }
        Optional<Round> last = d.lastRound();
        if (last.isPresent() && last.get().minutes() == null) {
            throw unprocessable("minutes-unsigned", "round " + last.get().number()
                    + "'s minutes must be signed by both sides before the next round");
        }
        OrderTotals.of(d.proposalQuote(), r.terms()); // the price never exceeds the lines it buys
        List<String> breaches = breaches(d.bottomLines(), r.terms());
        int number = d.rounds().size() + 1;
        NegotiationRoundHeld held = new NegotiationRoundHeld(number, r.terms(), List.copyOf(r.concessionsMade()));
        if (breaches.isEmpty()) {
            return List.of(held);
        }
        if (r.exceptionReason() == null || r.exceptionReason().isBlank()) {
            throw unprocessable("bottom-line-breach", "the terms breach the bottom lines: " + String.join("; ", breaches)
                    + ". Request a manager's exception with a reason, or change the terms.");
        }
        return List.of(held, new BottomLineExceptionRequested(number, breaches, required(r.requestedBy(), "requestedBy"),
                r.exceptionReason().strip()));
    }

    /** Where terms go beyond the bottom lines: price under the minimum, term over the maximum, scope beyond it. */
    public static List<String> breaches(BottomLines lines, Terms terms) {
        List<String> breaches = new ArrayList<>();
        if (!lines.minPrice().currency().equals(terms.price().currency())) {
            throw unprocessable("currency-mismatch", "the price is in " + terms.price().currency()
                    + ", the bottom line in " + lines.minPrice().currency());
        }
        if (terms.price().amount().compareTo(lines.minPrice().amount()) < 0) {
            breaches.add("price " + terms.price().amount().toPlainString() + " under the minimum "
                    + lines.minPrice().amount().toPlainString());
        }
        if (terms.paymentTermDays() > lines.maxPaymentTermDays()) {
            breaches.add("payment term " + terms.paymentTermDays() + " days over the maximum "
                    + lines.maxPaymentTermDays());
        }
        if (terms.serviceScope() != null) {
            for (String item : terms.serviceScope()) {
                if (!lines.serviceScope().contains(item)) {
                    breaches.add("service '" + item + "' beyond the agreed scope");
                }
            }
        }
        return breaches;
    }

    /** {@code clientTimes}: null when the times are the server's own (signed through a link). */
    List<DealEvent> minutes(Deal d, DealCommand.SignMinutes m, ClientTimes clientTimes) {
        Round round = d.round(m.round()).orElseThrow(() -> new NotFound("round", m.round()));
        if (round.minutes() != null) {
            throw conflict("minutes-already-signed", "round " + m.round() + "'s minutes are signed");
        }
        if (round.exception() == Round.ExceptionState.REQUESTED) {
            throw conflict("exception-pending", "a manager must decide the bottom-line exception of round " + m.round());
        }
        List<Signature> signatures = BothSides.check(m.signatures(), m.now(), clientTimes, null, null);
        return List.of(new MeetingMinutesSigned(m.round(), required(m.summary(), "summary"),
                BothSides.nameOf(signatures, Signature.Side.CUSTOMER), BothSides.nameOf(signatures, Signature.Side.OURS),
                signatures));
    }

    private List<DealEvent> exception(Deal d, DealCommand.DecideException e) {
        if (!e.byManager()) {
            throw DomainRuleViolation.forbidden("manager-role-required", "only a manager decides a bottom-line exception");
        }
        Round round = d.round(e.round()).orElseThrow(() -> new NotFound("round", e.round()));
        if (round.exception() != Round.ExceptionState.REQUESTED) {
            throw conflict("no-exception-pending", "round " + e.round() + " has no pending exception");
        }
        if (e.approver().equals(round.requestedBy())) {
            throw DomainRuleViolation.forbidden("exception-own-request", "a manager does not decide an exception "
                    + "they requested themselves; another manager decides round " + e.round() + "'s exception");
        }
        String reason = required(e.reason(), "reason");
        return List.of(e.approve()
                ? new BottomLineExceptionApproved(e.round(), round.breaches(), e.approver(), reason, round.requestedBy(),
                        round.requestReason())
                : new BottomLineExceptionRejected(e.round(), round.breaches(), e.approver(), reason, round.requestedBy(),
                        round.requestReason()));
    }

    private List<DealEvent> draft(Deal d, DealCommand.DraftContract c) {
        if (d.status() == DealStatus.SENT_FOR_CONFIRMATION) {
            throw conflict("contract-sent", "the contract is with the customer");
        }
        Round agreed = d.lastRound().orElseThrow(() -> unprocessable("no-agreed-round",
                "hold at least one negotiation round before drafting the contract"));
        if (agreed.minutes() == null) {
            throw unprocessable("minutes-unsigned", "round " + agreed.number()
                    + "'s minutes must be signed by both sides before the contract");
        }
        if (!agreed.termsStand()) {
            throw unprocessable("terms-rejected", "the last round's terms were refused; hold another round");
        }
        if (c.clauses().isEmpty()) {
            throw unprocessable("clauses-required", "a contract has clauses");
        }
        String fewer = null;
        if (d.scenario() == io.dealstream.events.common.Scenario.KEY_ACCOUNT && d.rounds().size() < keyAccountRounds) {
            if (isBlank(c.fewerRoundsReason())) {
                throw unprocessable("key-account-rounds", "a KEY_ACCOUNT negotiation expects " + keyAccountRounds
                        + " rounds, " + d.rounds().size() + " held; hold more or state why (fewerRoundsReason)");
            }
            fewer = c.fewerRoundsReason().strip();
        }
        return List.of(new ContractDrafted(c.contractId(), List.copyOf(c.clauses()), agreed.terms(), fewer));
    }

    private List<DealEvent> review(Deal d, DealCommand.Review r) {
        if (!r.byLegal()) {
            throw DomainRuleViolation.forbidden("legal-role-required", "only legal reviews the contract");
        }
        if (d.contract() == null || d.status() == DealStatus.SENT_FOR_CONFIRMATION) {
            throw conflict("no-contract-to-review", "draft the contract first");
        }
        List<ContractFinding> findings = new ArrayList<>();
        List<String> open = new ArrayList<>();
        Map<String, String> overrides = r.overrides();
        for (ContractFinding f : ContractLint.lint(d.contract().clauses(), d.contract().terms())) {
            String reason = overrides.get(ContractLint.key(f));
            if (reason == null || reason.isBlank()) {
                open.add(f.clause() + ": " + f.text());
                findings.add(f);
            } else {
                findings.add(new ContractFinding(f.clause(), f.kind(), f.text(), reason.strip()));
            }
        }
        findings.addAll(r.legalFindings());
        if (r.approved() && !open.isEmpty()) {
            throw unprocessable("contract-findings-open", "approval is blocked by " + open.size() + " finding(s): "
                    + String.join("; ", open) + ". Fix the clauses, or override each finding with a reason.");
        }
        return List.of(new ContractReviewed(required(r.reviewer(), "reviewer"), r.approved(), findings));
    }

    private List<DealEvent> raiseQuestion(Deal d, DealCommand.RaiseQuestion q) {
        if (d.status() != DealStatus.SENT_FOR_CONFIRMATION) {
            throw conflict("contract-not-sent", "questions are recorded at the contract's last confirmation");
        }
        Instant raisedAt = times.accept("raisedAt", q.raisedAt(), q.now(), d.contract().sentAt(), "contract-sent");
        return List.of(new ContractQuestionRaised(q.questionId(), required(q.text(), "text"), raisedAt,
                raisedAt.plus(answerWithin)));
    }

    private List<DealEvent> answerQuestion(Deal d, DealCommand.AnswerQuestion a) {
        WrittenQuestion q = WrittenQuestion.awaitingAnswer(d.questions(), a.questionId());
        Instant answeredAt = times.accept("answeredAt", a.answeredAt(), a.now(), q.raisedAt(), "question");
        return List.of(new ContractQuestionAnswered(q.questionId(), required(a.answer(), "answer"), answeredAt,
                q.lateAt(answeredAt)));
    }

    List<DealEvent> requestChange(Deal d, DealCommand.RequestChange c) {
        if (d.status() != DealStatus.SENT_FOR_CONFIRMATION) {
            throw conflict("contract-not-sent", "changes are requested at the contract's last confirmation");
        }
        if (c.amendedClauses() == null || c.amendedClauses().isEmpty()) {
            throw unprocessable("amended-clauses-required", "name the clauses the customer wants changed, as amended");
        }
        List<io.dealstream.events.deal.Clause> amended = List.copyOf(c.amendedClauses());
        return List.of(new ContractChangeRequested(d.amendments() + 1, required(c.reason(), "reason"), amended,
                amended.stream().map(io.dealstream.events.deal.Clause::title).toList()));
    }

    /** {@code clientTimes}: null when the times are the server's own (signed through a link). */
    List<DealEvent> sign(Deal d, DealCommand.Sign s, ClientTimes clientTimes) {
        if (d.status() != DealStatus.SENT_FOR_CONFIRMATION) {
            throw conflict("contract-not-sent", "the customer confirms the contract before signing");
        }
        List<String> open = d.questions().stream().filter(q -> !q.answered()).map(WrittenQuestion::text).toList();
        if (!open.isEmpty()) {
            throw conflict("contract-questions-open", "answer the customer's questions before signing: " + open);
        }
        List<Signature> signatures = BothSides.check(s.signatures(), s.now(), clientTimes, d.contract().sentAt(),
                "contract-sent");
        SigningMethod method = signatures.stream().anyMatch(x -> x.method() == Signature.Method.PAPER)
                ? SigningMethod.PAPER : SigningMethod.ELECTRONIC;
        Deal.Contract contract = d.contract();
        Terms terms = contract.terms();
        OrderTotals order = OrderTotals.of(d.proposalQuote(), terms);
        return List.of(
                new ContractSigned(contract.contractId(), method, BothSides.completedAt(signatures),
                        signatures.stream().map(x -> x.name() + " (" + x.role() + ", "
                                + (x.side() == Signature.Side.CUSTOMER ? "customer" : "us") + ")").toList(),
                        terms.price(), terms, terms.deliveryDate(), List.copyOf(s.maintenance()), d.scenario(),
                        d.customerName(), d.accountId(), signatures, d.cycle()),
                new OrderConfirmed(s.orderId(), order.items(), order.subtotal(), order.discount(), order.total(),
                        terms.deliveryDate()));
    }

    @Override
    public Deal evolve(Deal d, DomainEvent event) {
        Deal next = evolveDeal(d, event);
        return next.withLinks(next.links().evolve(next.opportunityId(), event));
    }

    private Deal evolveDeal(Deal d, DomainEvent event) {
        if (event instanceof NegotiationOpened o) {
            return new Deal(o.opportunityId(), DealStatus.NEGOTIATING, o.proposalQuote(), o.scenario(), o.customerName(),
                    o.accountId(), null, null, List.of(), List.of(), null, null, o.cycleNumber(), List.of(), 0, 0, List.of(),
                    d == null ? CustomerLinks.NONE : d.links());
        }
        if (event instanceof NegotiationPrepared p) {
            return d.with(d.status(), p.bottomLines(), p.counterpart(), p.concessions(), d.rounds(), d.contract(), null)
                    .withResponses(p.responses());
        }
        if (event instanceof NegotiationRehearsed r) {
            return d.rehearsed(r.rehearsal());
        }
        if (event instanceof BottomLinesChanged c) {
            return d.with(d.status(), c.bottomLines(), d.counterpart(), d.concessions(), d.rounds(), d.contract(), null);
        }
        if (event instanceof NegotiationRoundHeld r) {
            List<Round> rounds = new ArrayList<>(d.rounds());
            rounds.add(Round.held(r.round(), r.proposedTerms(), r.concessionsMade(),
                    breaches(d.bottomLines(), r.proposedTerms())));
            return d.with(d.status(), d.bottomLines(), d.counterpart(), d.concessions(), rounds, d.contract(), null);
        }
        if (event instanceof BottomLineExceptionRequested e) {
            return withRound(d, e.round(), r -> r.requested(e.requestedBy(), e.reason()));
        }
        if (event instanceof BottomLineExceptionApproved e) {
            return withRound(d, e.round(), r -> r.decided(Round.ExceptionState.APPROVED, e.approver(), e.reason()));
        }
        if (event instanceof BottomLineExceptionRejected e) {
            return withRound(d, e.round(), r -> r.decided(Round.ExceptionState.REJECTED, e.approver(), e.reason()));
        }
        if (event instanceof MeetingMinutesSigned m) {
            return withRound(d, m.round(), r -> r.withMinutes(new Round.Minutes(m.summary(), m.signedByCustomer(),
                    m.signedByUs(), m.signatures() == null ? List.of() : m.signatures())));
        }
        if (event instanceof ContractDrafted c) {
            return d.with(DealStatus.CONTRACT_DRAFTED, d.bottomLines(), d.counterpart(), d.concessions(), d.rounds(),
                    new Deal.Contract(c.contractId(), c.clauses(), c.terms(), null, null, List.of(), null, null, null,
                            List.of(), null, null, List.of()), null);
        }
        if (event instanceof ContractReviewed r) {
            return d.with(r.approved() ? DealStatus.CONTRACT_APPROVED : DealStatus.CONTRACT_DRAFTED, d.bottomLines(),
                    d.counterpart(), d.concessions(), d.rounds(),
                    d.contract().reviewed(r.reviewer(), r.approved(), r.findings()), null);
        }
        if (event instanceof ContractSentForConfirmation s) {
            return d.with(DealStatus.SENT_FOR_CONFIRMATION, d.bottomLines(), d.counterpart(), d.concessions(), d.rounds(),
                    d.contract().sent(s.sentAt()), null);
        }
        if (event instanceof ContractSigned s) {
            return d.with(DealStatus.SIGNED, d.bottomLines(), d.counterpart(), d.concessions(), d.rounds(),
                    d.contract().signed(s.method(), s.signedAt(), s.signatories(), s.signatures()), null);
        }
        if (event instanceof OrderConfirmed o) {
            return d.with(d.status(), d.bottomLines(), d.counterpart(), d.concessions(), d.rounds(),
                    d.contract().ordered(o), null);
        }
        if (event instanceof NegotiationScenarioChanged s) {
            return d.withScenario(s.scenario());
        }
        if (event instanceof ContractQuestionRaised q) {
            return d.withQuestions(WrittenQuestion.raised(d.questions(), q.questionId(), q.text(), q.raisedAt(), null,
                    q.answerDueAt()));
        }
        if (event instanceof ContractQuestionAnswered a) {
            return d.withQuestions(WrittenQuestion.answered(d.questions(), a.questionId(), a.answer(), a.answeredAt(),
                    a.late()));
        }
        if (event instanceof ContractQuestionOverdue o) {
            return d.withQuestions(WrittenQuestion.overdue(d.questions(), o.questionId()));
        }
        if (event instanceof ContractChangeRequested c) {
            return d.amended(d.contract().amended(c.amendedClauses()), c.amendment());
        }
        if (event instanceof DealLost l) {
            return d.with(DealStatus.LOST, d.bottomLines(), d.counterpart(), d.concessions(), d.rounds(), d.contract(),
                    l.reason());
        }
        return d;
    }

    private static Deal withRound(Deal d, int number, java.util.function.UnaryOperator<Round> change) {
        List<Round> rounds = d.rounds().stream().map(r -> r.number() == number ? change.apply(r) : r).toList();
        return d.with(d.status(), d.bottomLines(), d.counterpart(), d.concessions(), rounds, d.contract(), d.lostReason());
    }
}
