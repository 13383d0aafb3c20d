package io.dealstream.deal.domain;

import static io.dealstream.eventstore.domain.DomainRuleViolation.conflict;
import static io.dealstream.eventstore.domain.DomainRuleViolation.unprocessable;
import static io.dealstream.eventstore.domain.Texts.isBlank;
import static io.dealstream.eventstore.domain.Texts.required;

import io.dealstream.events.common.CustomerAct;
import io.dealstream.events.common.LinkEvidence;
import io.dealstream.events.common.Signature;
import io.dealstream.events.deal.Clause;
import io.dealstream.events.deal.ContractChangeRequested;
import io.dealstream.events.deal.DealEvent;
import io.dealstream.events.deal.DealLinkExpired;
import io.dealstream.events.deal.DealLinkOpened;
import io.dealstream.events.deal.DealLinkRevoked;
import io.dealstream.events.deal.DealLinkSent;
import io.dealstream.events.deal.DealLinkUsed;
import io.dealstream.eventstore.domain.NotFound;
import io.dealstream.eventstore.links.CustomerLink;
import io.dealstream.eventstore.links.CustomerLinks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The deal's customer links, decided: a round's minutes and the contract at its last confirmation go to the
 * customer, who signs them (or asks for changes to the contract) through the link. The acts themselves are the
 * decider's own (minutes, signature, change request), with the server's times and the link's evidence. Pure.
 */
final class DealLinks {

    private DealLinks() {
    }

    /** The events of a link command; null for any other command. */
    static List<DealEvent> decide(Deal d, DealCommand command, DealDecider decider) {
        if (command instanceof DealCommand.SendLink l) {
            return send(d, l);
        }
        if (command instanceof DealCommand.OpenLink o) {
            CustomerAct act = d.links().get(o.linkId()).act();
            return d.links().firstOpening(o.linkId(), o.now(), d.documentVersion(act))
                    ? List.of(new DealLinkOpened(o.linkId(), o.now())) : List.of();
        }
        if (command instanceof DealCommand.RevokeLink v) {
            return d.links().revokes(v.linkId(), v.now())
                    ? List.of(new DealLinkRevoked(v.linkId(), v.now(), v.revokedBy())) : List.of();
        }
        if (command instanceof DealCommand.MarkLinkUnused m) {
            DealLinkSent sent = d.links().sentEvent(m.linkId(), DealLinkSent.class);
            boolean stillOpen = sent.act() == CustomerAct.SIGN_MINUTES
                    ? d.round(sent.round()).map(r -> r.minutes() == null).orElse(false)
                    : d.status() == DealStatus.SENT_FOR_CONFIRMATION;
            return stillOpen && d.links().stillAwaited(m.linkId(), d.documentVersion(sent.act()))
                    ? List.of(new DealLinkExpired(m.linkId(), m.dueAt())) : List.of();
        }
        if (command instanceof DealCommand.SignMinutesThroughLink m) {
            CustomerLink link = usable(d, m.linkId(), CustomerAct.SIGN_MINUTES, m.now());
            DealLinkSent sent = d.links().sentEvent(link.linkId(), DealLinkSent.class);
            return used(decider.minutes(d, new DealCommand.SignMinutes(m.now(), sent.round(), sent.minutesSummary(),
                    bothSides(sent, link, m.name(), m.role(), m.evidence(), m.now())), null), link, m.now());
        }
        if (command instanceof DealCommand.SignContractThroughLink s) {
            CustomerLink link = usable(d, s.linkId(), CustomerAct.SIGN_CONTRACT, s.now());
            DealLinkSent sent = d.links().sentEvent(link.linkId(), DealLinkSent.class);
            return used(decider.sign(d, new DealCommand.Sign(s.now(), s.orderId(), bothSides(sent, link, s.name(),
                    s.role(), s.evidence(), s.now()), sent.maintenance() == null ? List.of() : sent.maintenance()), null),
                    link, s.now());
        }
        if (command instanceof DealCommand.RequestChangeThroughLink c) {
            CustomerLink link = usable(d, c.linkId(), CustomerAct.SIGN_CONTRACT, c.now());
            List<DealEvent> requested = decider.requestChange(d, new DealCommand.RequestChange(c.now(),
                    "asked by " + required(c.name(), "name") + " through the contract's link", clauses(c.points())));
            ContractChangeRequested r = (ContractChangeRequested) requested.get(0);
            return used(List.of(new ContractChangeRequested(r.amendment(), r.reason(), r.amendedClauses(),
                    r.amendedTitles(), CustomerLinks.evidence(link, c.evidence(), c.now()))), link, c.now());
        }
        return null;
    }

    private static List<DealEvent> send(Deal d, DealCommand.SendLink l) {
        if (d.status() == DealStatus.SIGNED || d.status() == DealStatus.LOST) {
            throw conflict("deal-closed", "the deal is " + d.status());
        }
        Integer round = null;
        String summary = null;
        if (l.act() == CustomerAct.SIGN_MINUTES) {
            if (l.round() == null) {
                throw unprocessable("round-required", "name the round whose minutes the customer signs");
            }
            Round r = d.round(l.round()).orElseThrow(() -> new NotFound("round", l.round()));
            if (r.minutes() != null) {
                throw conflict("minutes-already-signed", "round " + r.number() + "'s minutes are signed");
            }
            if (r.exception() == Round.ExceptionState.REQUESTED) {
                throw conflict("exception-pending", "a manager must decide the bottom-line exception of round "
                        + r.number());
            }
            round = r.number();
            summary = required(l.summary(), "summary");
        } else if (l.act() == CustomerAct.SIGN_CONTRACT) {
            if (d.status() != DealStatus.SENT_FOR_CONFIRMATION) {
                throw conflict("contract-not-sent", "the contract goes to the customer for its last confirmation "
                        + "first (POST /deals/{id}/contract/sending)");
            }
        } else {
            throw unprocessable("act-not-here", "deal-service sends links to sign a round's minutes (SIGN_MINUTES) or "
                    + "to confirm and sign the contract (SIGN_CONTRACT), not " + l.act());
        }
        Signature ours = new Signature(Signature.Side.OURS, required(l.ourName(), "ourSignatory.name"),
                required(l.ourRole(), "ourSignatory.role"), l.now(), Signature.Method.ELECTRONIC, null);
        String version = d.documentVersion(l.act());
        CustomerLink link = CustomerLink.issue(l.linkId(), d.opportunityId(), l.act(), version, null, l.now(),
                l.lifetime(), l.sentBy());
        return List.of(new DealLinkSent(link.linkId(), l.act(), version, l.now(), link.expiresAt(), l.sentBy(),
                isBlank(l.sentTo()) ? null : l.sentTo().strip(), ours, round, summary,
                l.act() == CustomerAct.SIGN_CONTRACT ? List.copyOf(l.maintenance() == null ? List.of() : l.maintenance())
                        : null));
    }

    private static CustomerLink usable(Deal d, UUID linkId, CustomerAct act, Instant now) {
        return d.links().usable(linkId, act, now, d.documentVersion(act));
    }

    /** Ours as given when the link was sent, and the customer's now, through the link. */
    private static List<Signature> bothSides(DealLinkSent sent, CustomerLink link, String name, String role,
            LinkEvidence evidence, Instant now) {
        List<Signature> both = new ArrayList<>();
        both.add(sent.ours());
        both.add(new Signature(Signature.Side.CUSTOMER, name, role, now, Signature.Method.ELECTRONIC, null,
                CustomerLinks.evidence(link, evidence, now)));
        return both;
    }

    private static List<DealEvent> used(List<DealEvent> act, CustomerLink link, Instant now) {
        List<DealEvent> out = new ArrayList<>(act);
        out.add(new DealLinkUsed(link.linkId(), now));
        return out;
    }

    /** The customer's points, one a line: "Title: text" amends (or adds) the clause of that title. */
    static List<Clause> clauses(List<String> points) {
        List<Clause> out = new ArrayList<>();
        for (String point : points == null ? List.<String>of() : points) {
            int colon = point.indexOf(':');
            out.add(colon > 0 && colon < point.length() - 1
                    ? new Clause(point.substring(0, colon).strip(), point.substring(colon + 1).strip())
                    : new Clause("Change " + (out.size() + 1), point.strip()));
        }
        return out;
    }
}
