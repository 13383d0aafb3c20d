package io.dealstream.proposal.domain;

import io.dealstream.events.proposal.QuestionAnswerOverdue;
import io.dealstream.events.proposal.QuestionAnswered;
import io.dealstream.events.proposal.QuestionRaised;
import io.dealstream.eventstore.domain.DomainRuleViolation;
import io.dealstream.events.proposal.ProposalScenarioChanged;
import io.dealstream.events.common.Scenario;
import static io.dealstream.eventstore.domain.Texts.required;
import static io.dealstream.eventstore.domain.Texts.isBlank;
import static io.dealstream.eventstore.domain.Texts.blankToNull;
import static io.dealstream.eventstore.domain.DomainRuleViolation.conflict;
import static io.dealstream.eventstore.domain.DomainRuleViolation.unprocessable;

import io.dealstream.events.DomainEvent;
import io.dealstream.events.common.Pain;
import io.dealstream.events.common.Priority;
import io.dealstream.events.common.Quote;
import io.dealstream.events.common.QuoteLine;
import io.dealstream.events.common.Requirement;
import io.dealstream.events.proposal.ObjectionAnswered;
import io.dealstream.events.proposal.ObjectionRaised;
import io.dealstream.events.proposal.ObjectionResolved;
import io.dealstream.events.proposal.ObjectionResponseOverdue;
import io.dealstream.events.proposal.ProposalAccepted;
import io.dealstream.events.proposal.ProposalDrafted;
import io.dealstream.events.proposal.ProposalEvent;
import io.dealstream.events.proposal.ProposalPresented;
import io.dealstream.events.proposal.ProposalRehearsed;
import io.dealstream.events.proposal.ProposalRejected;
import io.dealstream.events.proposal.ProposalRevised;
import io.dealstream.events.proposal.ProposalRevisionConfirmed;
import io.dealstream.events.proposal.ProposalSections;
import io.dealstream.events.proposal.RequirementCoverage;
import io.dealstream.events.proposal.SectionChange;
import io.dealstream.events.proposal.TrustMaterialShared;
import io.dealstream.eventstore.Decider;
import io.dealstream.eventstore.domain.ClientTimes;
import io.dealstream.eventstore.domain.WrittenQuestion;
import io.dealstream.eventstore.domain.NotFound;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Stages 3 and 4: a five-part proposal with an exact quote, every MUST addressed, two rehearsals before
 * presenting, typed objections answered in writing within 24 h with trust material as evidence, marked
 * revisions confirmed by the customer, and acceptance only without unresolved objections (or with a
 * recorded override).
 */
public final class ProposalDecider implements Decider<Proposal, ProposalCommand> {

    /** The SOP's two internal rehearsals before the presentation (the default). */
    public static final int REQUIRED_REHEARSALS = 2;

    private final Duration answerWithin;
    private final int requiredRehearsals;
    private final ClientTimes times;
    private final ProposalLinkRules links;

    public ProposalDecider(Duration answerWithin) {
        this(answerWithin, REQUIRED_REHEARSALS, ClientTimes.DEFAULT);
    }

    public ProposalDecider(Duration answerWithin, int requiredRehearsals, ClientTimes times) {
        if (requiredRehearsals < 0) {
            throw new IllegalArgumentException("required rehearsals cannot be negative: " + requiredRehearsals);
        }
        this.answerWithin = answerWithin;
        this.requiredRehearsals = requiredRehearsals;
        this.times = times;
        this.links = new ProposalLinkRules(answerWithin);
    }

    @Override
    public Proposal initialState() {
        return Proposal.EMPTY;
    }

    @Override
    public List<ProposalEvent> decide(Proposal p, ProposalCommand command) {
        if (command instanceof ProposalCommand.Open o) {
            // once per cycle: a reopened opportunity's new cycle starts a new proposal
            return p.exists() && o.cycle() <= p.cycle() ? List.of() : List.of(open(o));
        }
        if (!p.exists()) {
            throw new NotFound("proposal", "");
        }
        List<ProposalEvent> throughLink = links.decide(p, command);
        if (throughLink != null) {
            return throughLink;
        }
        if (command instanceof ProposalCommand.FollowScenario f) {
            return f.scenario() == p.scenario() ? List.of()
                    : List.of(new ProposalScenarioChanged(f.scenario(), p.scenario(), f.changedBy(), f.reason()));
        }
        if (command instanceof ProposalCommand.MarkQuestionOverdue m) {
            return p.question(m.questionId()).filter(q -> !q.answered())
                    .<List<ProposalEvent>>map(q -> List.of(new QuestionAnswerOverdue(q.questionId(), m.dueAt())))
                    .orElse(List.of());
        }
        if (command instanceof ProposalCommand.MarkObjectionOverdue m) {
            return p.objection(m.objectionId()).filter(o -> !o.answered())
                    .<List<ProposalEvent>>map(o -> List.of(new ObjectionResponseOverdue(o.objectionId(), m.dueAt())))
                    .orElse(List.of());
        }
        if (p.status() == ProposalStatus.ACCEPTED || p.status() == ProposalStatus.REJECTED) {
            throw conflict("proposal-closed", "the proposal is " + p.status());
        }
        if (command instanceof ProposalCommand.Draft d) {
            if (p.presented()) {
                throw conflict("already-presented", "the proposal is presented; change it with a revision");
            }
            checkSections(d.sections(), false);
            return List.of(new ProposalDrafted(p.proposalId(), 1, d.sections(), List.copyOf(d.differentiators()),
                    p.requirements(), p.pains(), p.goals(), List.copyOf(d.coverage()), p.scenario(), p.customerName(),
                    p.accountId(), p.cycle()));
        }
        if (command instanceof ProposalCommand.Rehearse r) {
            if (p.presented()) {
                throw conflict("already-presented", "rehearsals come before the presentation");
            }
            return List.of(new ProposalRehearsed(p.rehearsals() + 1, required(r.notes(), "notes")));
        }
        if (command instanceof ProposalCommand.Present pr) {
            return present(p, pr);
        }
        if (command instanceof ProposalCommand.RaiseObjection r) {
            if (!p.presented()) {
                throw conflict("not-presented", "objections are recorded from the presentation on");
            }
            return List.of(raise(r.objectionId(), r.objection(), r.now(), p.presentedAt().get(p.presentedAt().size() - 1)));
        }
        if (command instanceof ProposalCommand.AnswerObjection a) {
            return answer(p, a);
        }
        if (command instanceof ProposalCommand.RaiseQuestion q) {
            if (!p.presented()) {
                throw conflict("not-presented", "questions are recorded from the presentation on");
            }
            Instant raisedAt = times.accept("raisedAt", q.raisedAt(), q.now(),
                    p.presentedAt().get(p.presentedAt().size() - 1), "presentation");
            return List.of(new QuestionRaised(q.questionId(), required(q.text(), "text"), raisedAt,
                    required(q.owner(), "owner"), raisedAt.plus(answerWithin)));
        }
        if (command instanceof ProposalCommand.AnswerQuestion a) {
            WrittenQuestion q = WrittenQuestion.awaitingAnswer(p.questions(), a.questionId());
            Instant answeredAt = times.accept("answeredAt", a.answeredAt(), a.now(), q.raisedAt(), "question");
            return List.of(new QuestionAnswered(q.questionId(), required(a.answer(), "answer"), answeredAt,
                    q.lateAt(answeredAt)));
        }
        if (command instanceof ProposalCommand.ResolveObjection r) {
            Objection o = objection(p, r.objectionId());
            if (!o.answered()) {
                throw conflict("objection-not-answered", "answer the objection in writing before recording the outcome");
            }
            return List.of(new ObjectionResolved(o.objectionId(), r.outcome(), required(r.customerFeedback(),
                    "customerFeedback"), blankToNull(r.nextStep())));
        }
        if (command instanceof ProposalCommand.ShareTrustMaterial t) {
            return List.of(new TrustMaterialShared(t.materialId(), t.kind(), required(t.description(), "description")));
        }
        if (command instanceof ProposalCommand.Revise r) {
            return revise(p, r);
        }
        if (command instanceof ProposalCommand.ConfirmRevision c) {
            Revision rev = p.revision(c.revision()).orElseThrow(() -> new NotFound("revision", c.revision()));
            if (rev.confirmed()) {
                throw conflict("revision-already-confirmed", "revision " + c.revision() + " is confirmed");
            }
            if (c.revision() != p.revision()) {
                throw conflict("not-current-revision", "only the current revision " + p.revision() + " can be confirmed");
            }
            return List.of(new ProposalRevisionConfirmed(c.revision(), required(c.confirmedBy(), "confirmedBy"),
                    times.accept("confirmedAt", c.confirmedAt(), c.now()), null, null, blankToNull(c.reference())));
        }
        if (command instanceof ProposalCommand.Accept a) {
            return accept(p, a);
        }
        if (command instanceof ProposalCommand.Reject r) {
            return List.of(new ProposalRejected(required(r.reason(), "reason")));
        }
        throw new IllegalArgumentException("unhandled " + command);
    }

    private ProposalDrafted open(ProposalCommand.Open o) {
        UUID proposalId = UUID.nameUUIDFromBytes(("proposal/" + o.opportunityId() + (o.cycle() > 1 ? "/" + o.cycle() : ""))
                .getBytes(StandardCharsets.UTF_8));
        String restatement = o.pains().stream().sorted(Comparator.comparingInt(Pain::rank))
                .map(pain -> pain.rank() + ". " + pain.description() + " (" + pain.scenario() + ")")
                .collect(Collectors.joining("\n"));
        return new ProposalDrafted(proposalId, 1, new ProposalSections(restatement.isEmpty() ? null : restatement, null,
                null, List.of(), null), List.of(), List.copyOf(o.requirements()), List.copyOf(o.pains()),
                List.copyOf(o.goals()), List.of(), o.scenario(), o.customerName(), o.accountId(), o.cycle(),
                o.decisionProcess());
    }

    private List<ProposalEvent> present(Proposal p, ProposalCommand.Present pr) {
        if (p.presented()) {
            throw conflict("already-presented", "the proposal is presented; record objections and revisions");
        }
        List<String> missing = checkSections(p.sections(), true);
        if (p.scenario() == Scenario.KEY_ACCOUNT && (p.sections().customParts() == null
                || p.sections().customParts().stream().allMatch(io.dealstream.eventstore.domain.Texts::isBlank))) {
            missing.add("the custom solution parts of this KEY_ACCOUNT (customParts)");
        }
        missing.addAll(uncoveredMusts(p.requirements(), p.coverage()));
        if (p.rehearsals() < requiredRehearsals) {
            missing.add(requiredRehearsals + " internal rehearsals (" + p.rehearsals() + " recorded)");
        }
        if (!missing.isEmpty()) {
            throw unprocessable("proposal-not-ready", "before presenting, complete: " + String.join("; ", missing));
        }
        List<String> cases = pr.comparableCases() == null ? List.of()
                : pr.comparableCases().stream().filter(c -> !isBlank(c)).map(String::strip).toList();
        if (cases.isEmpty()) {
            throw unprocessable("comparable-cases-required", "on site the presentation focuses on the core pains with "
                    + "comparable cases: name the cases shown (comparableCases)");
        }
        if (pr.qaMinutes() < 0) {
            throw unprocessable("qa-minutes", "qaMinutes cannot be negative");
        }
        List<ProposalEvent> events = new ArrayList<>();
        Instant presentedAt = times.accept("presentedAt", pr.presentedAt(), pr.now());
        events.add(new ProposalPresented(presentedAt, List.copyOf(pr.attendees()), pr.qaMinutes(),
                List.copyOf(pr.questions()), cases));
        // every question asked at the presentation gets its written answer within 24 h, like an objection
        for (String question : pr.questions()) {
            UUID id = UUID.nameUUIDFromBytes((p.proposalId() + "/q/" + events.size() + "/" + question)
                    .getBytes(StandardCharsets.UTF_8));
            events.add(new QuestionRaised(id, question, presentedAt, pr.owner(), presentedAt.plus(answerWithin)));
        }
        for (ProposalCommand.NewObjection o : pr.objections()) {
            events.add(raise(UUID.nameUUIDFromBytes((p.proposalId() + "/" + events.size() + "/" + o.description())
                    .getBytes(StandardCharsets.UTF_8)), o, pr.now(), presentedAt));
        }
        return events;
    }

    /** The 24 h run from when it was raised: never in the future, never before the presentation. */
    private ObjectionRaised raise(UUID id, ProposalCommand.NewObjection o, Instant now, Instant presentedAt) {
        Instant raisedAt = times.accept("raisedAt", o.raisedAt(), now, presentedAt, "presentation");
        return new ObjectionRaised(id, o.type(), required(o.description(), "description"), raisedAt,
                required(o.owner(), "owner"), raisedAt.plus(answerWithin));
    }

    private List<ProposalEvent> answer(Proposal p, ProposalCommand.AnswerObjection a) {
        Objection o = objection(p, a.objectionId());
        if (o.answered()) {
            throw conflict("objection-already-answered", "the objection has its written answer");
        }
        Set<UUID> known = p.trustMaterial().stream().map(TrustMaterial::materialId).collect(Collectors.toSet());
        List<UUID> unknown = a.evidence().stream().filter(id -> !known.contains(id)).toList();
        if (!unknown.isEmpty()) {
            throw unprocessable("unknown-evidence", "evidence must be shared trust material; unknown: " + unknown);
        }
        Instant answeredAt = times.accept("answeredAt", a.answeredAt(), a.now(), o.raisedAt(), "objection");
        return List.of(new ObjectionAnswered(o.objectionId(), required(a.response(), "response"),
                List.copyOf(a.evidence()), answeredAt, answeredAt.isAfter(o.responseDueAt())));
    }

    private List<ProposalEvent> revise(Proposal p, ProposalCommand.Revise r) {
        if (!p.presented()) {
            throw conflict("not-presented", "before the presentation, edit the draft instead");
        }
        checkSections(r.sections(), false);
        List<String> incomplete = checkSections(r.sections(), true);
        incomplete.addAll(uncoveredMusts(p.requirements(), r.coverage()));
        if (!incomplete.isEmpty()) {
            throw unprocessable("revision-incomplete", "a revision keeps all five parts: " + String.join("; ", incomplete));
        }
        List<SectionChange> changes = new ArrayList<>();
        ProposalSections before = p.sections();
        change(changes, "painRestatement", before.painRestatement(), r.sections().painRestatement());
        change(changes, "solution", before.solution(), r.sections().solution());
        change(changes, "implementationPath", before.implementationPath(), r.sections().implementationPath());
        change(changes, "valueQuantification", String.valueOf(before.valueQuantification()),
                String.valueOf(r.sections().valueQuantification()));
        change(changes, "quote", String.valueOf(before.quote()), String.valueOf(r.sections().quote()));
        if (changes.isEmpty()) {
            throw unprocessable("revision-without-changes", "the revision changes no section");
        }
        return List.of(new ProposalRevised(p.revision() + 1, changes, required(r.reason(), "reason"), r.sections(),
                List.copyOf(r.coverage())));
    }

    private List<ProposalEvent> accept(Proposal p, ProposalCommand.Accept a) {
        if (p.scenario() == Scenario.KEY_ACCOUNT && !a.byManager()) {
            throw DomainRuleViolation.forbidden("key-account-needs-manager",
                    "a KEY_ACCOUNT proposal's acceptance is recorded with a manager's approval");
        }
        if (!p.presented()) {
            throw conflict("not-presented", "a proposal is accepted after its presentation");
        }
        Revision current = p.revision(p.revision()).orElse(null);
        if (current != null && current.number() > 1 && !current.confirmed()) {
            throw conflict("revision-unconfirmed", "the customer has not confirmed revision " + current.number());
        }
        List<Objection> blocking = p.objections().stream().filter(Objection::blocksAcceptance).toList();
        String override = blankToNull(a.overrideReason());
        if (!blocking.isEmpty() && override == null) {
            throw conflict("unresolved-objections", blocking.size() + " objection(s) are open or UNRESOLVED ("
                    + blocking.stream().map(o -> o.type() + ": " + o.description()).collect(Collectors.joining("; "))
                    + "); resolve them or accept with an overrideReason");
        }
        return List.of(new ProposalAccepted(p.proposalId(), p.revision(), p.sections().quote(),
                p.sections().implementationPath(), p.requirements(), p.scenario(), p.customerName(), p.accountId(),
                blocking.isEmpty() ? null : override, p.cycle()));
    }

    /** Validates what is present; with {@code complete} lists the missing parts instead of accepting them. */
    static List<String> checkSections(ProposalSections s, boolean complete) {
        List<String> missing = new ArrayList<>();
        if (s == null) {
            missing.add("all five parts");
            return missing;
        }
        if (s.quote() != null) {
            checkQuote(s.quote());
        }
        if (complete) {
            if (isBlank(s.painRestatement())) {
                missing.add("pain restatement");
            }
            if (isBlank(s.solution())) {
                missing.add("solution");
            }
            if (isBlank(s.implementationPath())) {
                missing.add("implementation path");
            }
            if (s.valueQuantification().isEmpty()) {
                missing.add("quantified value (at least one metric)");
            }
            if (s.quote() == null) {
                missing.add("quote breakdown");
            }
            if (s.risks() == null || s.risks().stream().allMatch(io.dealstream.eventstore.domain.Texts::isBlank)) {
                missing.add("risks and limitations, stated openly (transparency)");
            }
        }
        return missing;
    }

    static void checkQuote(Quote q) {
        if (q.lines().isEmpty()) {
            throw unprocessable("quote-lines-required", "a quote breakdown has at least one line");
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (QuoteLine line : q.lines()) {
            if (line.quantity().signum() <= 0 || line.unitPrice().signum() < 0) {
                throw unprocessable("quote-line-invalid", "quantity must be positive and unit price not negative: "
                        + line.item());
            }
            sum = sum.add(line.quantity().multiply(line.unitPrice()));
        }
        if (q.total().compareTo(sum) != 0) {
            throw unprocessable("quote-total-mismatch", "the total " + q.total().toPlainString()
                    + " is not the sum of the lines " + sum.toPlainString());
        }
    }

    static List<String> uncoveredMusts(List<Requirement> requirements, List<RequirementCoverage> coverage) {
        Set<String> covered = coverage.stream().filter(c -> !isBlank(c.how())).map(RequirementCoverage::requirementId)
                .collect(Collectors.toSet());
        return requirements.stream().filter(r -> r.priority() == Priority.MUST && !covered.contains(r.id()))
                .map(r -> "MUST requirement " + r.id() + " addressed by the solution").collect(Collectors.toList());
    }

    private static void change(List<SectionChange> changes, String section, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new SectionChange(section, before == null ? "" : before, after == null ? "" : after));
        }
    }

    private static Objection objection(Proposal p, UUID id) {
        return p.objection(id).orElseThrow(() -> new NotFound("objection", id));
    }

    @Override
    public Proposal evolve(Proposal p, DomainEvent event) {
        Proposal next = evolveProposal(p, event);
        return next.withLinks(next.links().evolve(next.opportunityId(), event));
    }

    private Proposal evolveProposal(Proposal p, DomainEvent event) {
        if (event instanceof ProposalDrafted d) {
            if (!p.exists() || d.cycleNumber() > p.cycle()) {
                return new Proposal(null, d.proposalId(), ProposalStatus.DRAFT, d.customerName(), d.accountId(),
                        d.scenario(),
                        orEmpty(d.requirements()), orEmpty(d.pains()), orEmpty(d.goals()), 1, d.sections(),
                        d.differentiators(), orEmpty(d.coverage()), 0, List.of(), List.of(), List.of(),
                        List.of(new Revision(1, d.sections(), orEmpty(d.coverage()), List.of(), "draft")),
                        null, d.cycleNumber(), List.of(), d.decisionProcess(), p.links());
            }
            return p.with(p.status(), d.sections(), d.differentiators(), orEmpty(d.coverage()), 1, p.rehearsals(),
                    p.presentedAt(), p.objections(), p.trustMaterial(),
                    List.of(new Revision(1, d.sections(), orEmpty(d.coverage()), List.of(), "draft")),
                    p.outcomeReason());
        }
        if (event instanceof ProposalRehearsed) {
            return p.with(p.status(), p.sections(), p.differentiators(), p.coverage(), p.revision(), p.rehearsals() + 1,
                    p.presentedAt(), p.objections(), p.trustMaterial(), p.revisions(), p.outcomeReason());
        }
        if (event instanceof ProposalPresented pr) {
            return p.with(ProposalStatus.PRESENTED, p.sections(), p.differentiators(), p.coverage(), p.revision(),
                    p.rehearsals(), append(p.presentedAt(), pr.presentedAt()), p.objections(), p.trustMaterial(),
                    p.revisions(), p.outcomeReason());
        }
        if (event instanceof ObjectionRaised o) {
            Objection objection = new Objection(o.objectionId(), o.type(), o.description(), o.raisedAt(), o.owner(),
                    o.responseDueAt(), null, List.of(), null, null, null, null, false);
            return withObjections(p, append(p.objections(), objection));
        }
        if (event instanceof ObjectionAnswered a) {
            return withObjections(p, replace(p.objections(), a.objectionId(),
                    o -> o.answer(a.response(), a.evidence(), a.answeredAt())));
        }
        if (event instanceof ObjectionResolved r) {
            return withObjections(p, replace(p.objections(), r.objectionId(),
                    o -> o.resolve(r.outcome(), r.customerFeedback(), r.nextStep())));
        }
        if (event instanceof ObjectionResponseOverdue o) {
            return withObjections(p, replace(p.objections(), o.objectionId(), Objection::markOverdue));
        }
        if (event instanceof TrustMaterialShared t) {
            return p.with(p.status(), p.sections(), p.differentiators(), p.coverage(), p.revision(), p.rehearsals(),
                    p.presentedAt(), p.objections(), append(p.trustMaterial(),
                            new TrustMaterial(t.materialId(), t.kind(), t.description())), p.revisions(), p.outcomeReason());
        }
        if (event instanceof ProposalRevised r) {
            ProposalSections sections = r.sections() != null ? r.sections() : p.sections();
            List<RequirementCoverage> coverage = r.coverage() != null ? r.coverage() : p.coverage();
            return p.with(p.status(), sections, p.differentiators(), coverage, r.revision(), p.rehearsals(),
                    p.presentedAt(), p.objections(), p.trustMaterial(), append(p.revisions(),
                            new Revision(r.revision(), sections, coverage, r.changes(), r.reason())),
                    p.outcomeReason());
        }
        if (event instanceof ProposalRevisionConfirmed c) {
            List<Revision> revisions = p.revisions().stream().map(rev -> rev.number() == c.revision()
                    ? new Revision(rev.number(), rev.sections(), rev.coverage(), rev.changes(), rev.reason(),
                    c.confirmedBy(), c.confirmedAt(), c.role(), c.evidence(), c.reference()) : rev).toList();
            return p.with(p.status(), p.sections(), p.differentiators(), p.coverage(), p.revision(), p.rehearsals(),
                    p.presentedAt(), p.objections(), p.trustMaterial(), revisions, p.outcomeReason());
        }
        if (event instanceof ProposalAccepted a) {
            return p.with(ProposalStatus.ACCEPTED, p.sections(), p.differentiators(), p.coverage(), p.revision(),
                    p.rehearsals(), p.presentedAt(), p.objections(), p.trustMaterial(), p.revisions(),
                    a.overrideReason());
        }
        if (event instanceof QuestionRaised q) {
            return p.withQuestions(WrittenQuestion.raised(p.questions(), q.questionId(), q.text(), q.raisedAt(), q.owner(),
                    q.answerDueAt()));
        }
        if (event instanceof QuestionAnswered a) {
            return p.withQuestions(WrittenQuestion.answered(p.questions(), a.questionId(), a.answer(), a.answeredAt(),
                    a.late()));
        }
        if (event instanceof QuestionAnswerOverdue o) {
            return p.withQuestions(WrittenQuestion.overdue(p.questions(), o.questionId()));
        }
        if (event instanceof ProposalScenarioChanged s) {
            return p.withScenario(s.scenario());
        }
        if (event instanceof ProposalRejected r) {
            return p.with(ProposalStatus.REJECTED, p.sections(), p.differentiators(), p.coverage(), p.revision(),
                    p.rehearsals(), p.presentedAt(), p.objections(), p.trustMaterial(), p.revisions(), r.reason());
        }
        return p;
    }

    private static Proposal withObjections(Proposal p, List<Objection> objections) {
        return p.with(p.status(), p.sections(), p.differentiators(), p.coverage(), p.revision(), p.rehearsals(),
                p.presentedAt(), objections, p.trustMaterial(), p.revisions(), p.outcomeReason());
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> out = new ArrayList<>(list);
        out.add(item);
        return out;
    }

    private static List<Objection> replace(List<Objection> list, UUID id, java.util.function.UnaryOperator<Objection> f) {
        return list.stream().map(o -> o.objectionId().equals(id) ? f.apply(o) : o).toList();
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
