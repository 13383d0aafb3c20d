package io.dealstream.proposal.domain;

import static io.dealstream.eventstore.domain.DomainRuleViolation.conflict;
import static io.dealstream.eventstore.domain.DomainRuleViolation.unprocessable;
import static io.dealstream.eventstore.domain.Texts.isBlank;
import static io.dealstream.eventstore.domain.Texts.required;

import io.dealstream.events.common.CustomerAct;
import io.dealstream.events.proposal.ObjectionRaised;
import io.dealstream.events.proposal.ProposalEvent;
import io.dealstream.events.proposal.ProposalLinkExpired;
import io.dealstream.events.proposal.ProposalLinkOpened;
import io.dealstream.events.proposal.ProposalLinkRevoked;
import io.dealstream.events.proposal.ProposalLinkSent;
import io.dealstream.events.proposal.ProposalLinkUsed;
import io.dealstream.events.proposal.ProposalRevisionConfirmed;
import io.dealstream.events.proposal.QuestionRaised;
import io.dealstream.eventstore.links.CustomerLink;
import io.dealstream.eventstore.links.CustomerLinks;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The customer's links on a proposal: confirming the current revision (the SOP's "customer confirms each revised
 * version"), and asking questions or raising an objection on it, each answered in writing within 24 h by the
 * salesperson who sent the link. A link names the revision; a new revision makes it outdated.
 */
final class ProposalLinkRules {

    private final Duration answerWithin;

    ProposalLinkRules(Duration answerWithin) {
        this.answerWithin = answerWithin;
    }

    /** The events of a link command; null for any other command. */
    List<ProposalEvent> decide(Proposal p, ProposalCommand command) {
        if (command instanceof ProposalCommand.SendLink l) {
            return send(p, l);
        }
        if (command instanceof ProposalCommand.OpenLink o) {
            return p.links().firstOpening(o.linkId(), o.now(), p.documentVersion())
                    ? List.of(new ProposalLinkOpened(o.linkId(), o.now())) : List.of();
        }
        if (command instanceof ProposalCommand.RevokeLink v) {
            return p.links().revokes(v.linkId(), v.now())
                    ? List.of(new ProposalLinkRevoked(v.linkId(), v.now(), v.revokedBy())) : List.of();
        }
        if (command instanceof ProposalCommand.MarkLinkUnused m) {
            CustomerAct act = p.links().get(m.linkId()).act();
            boolean stillOpen = !p.closed() && (act != CustomerAct.CONFIRM_PROPOSAL_REVISION
                    || !p.revision(p.revision()).map(Revision::confirmed).orElse(true));
            return stillOpen && p.links().stillAwaited(m.linkId(), p.documentVersion())
                    ? List.of(new ProposalLinkExpired(m.linkId(), m.dueAt())) : List.of();
        }
        if (command instanceof ProposalCommand.ConfirmRevisionThroughLink c) {
            CustomerLink link = p.links().usable(c.linkId(), CustomerAct.CONFIRM_PROPOSAL_REVISION, c.now(),
                    p.documentVersion());
            Revision current = revisionToConfirm(p);
            return List.of(new ProposalRevisionConfirmed(current.number(), required(c.name(), "name"), c.now(),
                    required(c.role(), "role"), CustomerLinks.evidence(link, c.evidence(), c.now()), null),
                    new ProposalLinkUsed(link.linkId(), c.now()));
        }
        if (command instanceof ProposalCommand.AskThroughLink a) {
            return ask(p, a);
        }
        return null;
    }

    /** The current revision, awaiting the customer's confirmation; refused naming why not. */
    static Revision revisionToConfirm(Proposal p) {
        if (p.closed()) {
            throw conflict("proposal-closed", "the proposal is " + p.status());
        }
        Revision current = p.revision(p.revision()).orElseThrow();
        if (current.number() < 2) {
            throw conflict("no-revision-to-confirm", "the customer confirms revisions; the proposal is at its first "
                    + "version (revise it after the presentation first)");
        }
        if (current.confirmed()) {
            throw conflict("revision-already-confirmed", "revision " + current.number() + " is confirmed");
        }
        return current;
    }

    private static void openForQuestions(Proposal p) {
        if (p.closed()) {
            throw conflict("proposal-closed", "the proposal is " + p.status());
        }
        if (!p.presented()) {
            throw conflict("not-presented", "questions and objections are recorded from the presentation on");
        }
    }

    private List<ProposalEvent> send(Proposal p, ProposalCommand.SendLink l) {
        if (l.act() == CustomerAct.CONFIRM_PROPOSAL_REVISION) {
            revisionToConfirm(p);
        } else if (l.act() == CustomerAct.ASK_ABOUT_PROPOSAL) {
            openForQuestions(p);
        } else {
            throw unprocessable("act-not-here", "proposal-service sends links to confirm a revision "
                    + "(CONFIRM_PROPOSAL_REVISION) or to ask about the proposal (ASK_ABOUT_PROPOSAL), not " + l.act());
        }
        CustomerLink link = CustomerLink.issue(l.linkId(), p.opportunityId(), l.act(), p.documentVersion(), null,
                l.now(), l.lifetime(), l.sentBy());
        return List.of(new ProposalLinkSent(link.linkId(), l.act(), p.documentVersion(), l.now(), link.expiresAt(),
                l.sentBy(), isBlank(l.sentTo()) ? null : l.sentTo().strip()));
    }

    /** Each question and the objection, raised now, owned by the link's sender, answered within 24 h. */
    private List<ProposalEvent> ask(Proposal p, ProposalCommand.AskThroughLink a) {
        CustomerLink link = p.links().usable(a.linkId(), CustomerAct.ASK_ABOUT_PROPOSAL, a.now(), p.documentVersion());
        openForQuestions(p);
        String name = required(a.name(), "name");
        List<String> questions = a.questions() == null ? List.of()
                : a.questions().stream().filter(q -> !isBlank(q)).map(String::strip).toList();
        boolean concern = !isBlank(a.concern());
        if (questions.isEmpty() && !concern) {
            throw unprocessable("question-required", "write at least one question, or the objection");
        }
        if (concern && a.concernType() == null) {
            throw unprocessable("objection-type-required", "say what the objection is about (PRICE, FUNCTION, TRUST "
                    + "or DECISION)");
        }
        var evidence = CustomerLinks.evidence(link, a.evidence(), a.now());
        List<ProposalEvent> events = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            events.add(new QuestionRaised(derived(link, "question/" + i), questions.get(i), a.now(), link.issuedBy(),
                    a.now().plus(answerWithin), name, evidence));
        }
        if (concern) {
            events.add(new ObjectionRaised(derived(link, "objection"), a.concernType(), a.concern().strip(), a.now(),
                    link.issuedBy(), a.now().plus(answerWithin), name, evidence));
        }
        events.add(new ProposalLinkUsed(link.linkId(), a.now()));
        return events;
    }

    private static UUID derived(CustomerLink link, String what) {
        return UUID.nameUUIDFromBytes((link.linkId() + "/" + what).getBytes(StandardCharsets.UTF_8));
    }
}
