package io.dealstream.deal.domain;

import io.dealstream.eventstore.links.CustomerLinks;
import io.dealstream.events.common.Quote;
import io.dealstream.events.common.Scenario;
import io.dealstream.events.common.Signature;
import io.dealstream.events.common.Terms;
import io.dealstream.events.deal.BottomLines;
import io.dealstream.events.deal.Clause;
import io.dealstream.events.deal.Concession;
import io.dealstream.events.deal.ContractFinding;
import io.dealstream.events.deal.Counterpart;
import io.dealstream.events.deal.OrderConfirmed;
import io.dealstream.events.deal.SigningMethod;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The state of an opportunity's negotiation and contract, folded from its events. */
public record Deal(
        UUID opportunityId,
        DealStatus status,
        Quote proposalQuote,
        Scenario scenario,
        String customerName,
        UUID accountId,
        BottomLines bottomLines,
        Counterpart counterpart,
        List<Concession> concessions,
        List<Round> rounds,
        Contract contract,
        String lostReason,
        int cycle,
        List<io.dealstream.eventstore.domain.WrittenQuestion> questions,
        int amendments,
        int rehearsals,
        List<String> responses,
        // the links are the decider's (folded from the stream); the read model lists them from customer_links
        @com.fasterxml.jackson.annotation.JsonIgnore CustomerLinks links) {

    /** The contract as drafted, reviewed, sent and signed. */
    public record Contract(UUID contractId, List<Clause> clauses, Terms terms, String reviewer, Boolean approved,
            List<ContractFinding> findings, Instant sentAt, SigningMethod method, Instant signedAt,
            List<String> signatories, UUID orderId, OrderConfirmed order, List<Signature> signatures) {

        Contract sent(Instant at) {
            return new Contract(contractId, clauses, terms, reviewer, approved, findings, at, null, null, List.of(), null,
                    null, List.of());
        }

        Contract reviewed(String by, boolean isApproved, List<ContractFinding> found) {
            return new Contract(contractId, clauses, terms, by, isApproved, found, null, null, null, List.of(), null, null,
                    List.of());
        }

        /** Back to drafting with the amended clauses (same title: replaced; new title: added); review again. */
        Contract amended(List<Clause> amendments) {
            List<Clause> merged = new java.util.ArrayList<>(clauses);
            for (Clause a : amendments) {
                int i = java.util.stream.IntStream.range(0, merged.size())
                        .filter(k -> merged.get(k).title().equalsIgnoreCase(a.title())).findFirst().orElse(-1);
                if (i >= 0) {
                    merged.set(i, a);
                } else {
                    merged.add(a);
                }
            }
            return new Contract(contractId, List.copyOf(merged), terms, null, null, List.of(), null, null, null,
                    List.of(), null, null, List.of());
        }

        Contract signed(SigningMethod how, Instant at, List<String> who, List<Signature> both) {
            return new Contract(contractId, clauses, terms, reviewer, approved, findings, sentAt, how, at, who, null, null,
                    both == null ? List.of() : List.copyOf(both));
        }

        Contract ordered(OrderConfirmed o) {
            return new Contract(contractId, clauses, terms, reviewer, approved, findings, sentAt, method, signedAt,
                    signatories, o.orderId(), o, signatures);
        }
    }

    public static final Deal EMPTY = new Deal(null, null, null, null, null, null, null, null, List.of(), List.of(), null,
            null, 0, List.of(), 0, 0, List.of(), CustomerLinks.NONE);

    public boolean exists() {
        return status != null;
    }

    public boolean prepared() {
        return bottomLines != null;
    }

    public Optional<Round> round(int number) {
        return rounds.stream().filter(r -> r.number() == number).findFirst();
    }

    public Optional<Round> lastRound() {
        return rounds.isEmpty() ? Optional.empty() : Optional.of(rounds.get(rounds.size() - 1));
    }

    /**
     * The deal as a role without sight of the bottom lines sees it (legal, delivery): no bottom lines and no
     * list of which line a round breached (it quotes them); the exception's state and reasons stay.
     */
    public Deal withoutBottomLines() {
        return new Deal(opportunityId, status, proposalQuote, scenario, customerName, accountId, null, counterpart,
                concessions, rounds.stream().map(Round::withoutBreaches).toList(), contract, lostReason, cycle, questions,
                amendments, rehearsals, responses, links);
    }

    Deal with(DealStatus s, BottomLines b, Counterpart c, List<Concession> k, List<Round> r, Contract ct, String lost) {
        return new Deal(opportunityId, s, proposalQuote, scenario, customerName, accountId, b, c, List.copyOf(k),
                List.copyOf(r), ct, lost, cycle, questions, amendments, rehearsals, responses, links);
    }

    /** The deal with its links after one more event (any event: the others change the documents' version). */
    Deal withLinks(CustomerLinks next) {
        return new Deal(opportunityId, status, proposalQuote, scenario, customerName, accountId, bottomLines,
                counterpart, concessions, rounds, contract, lostReason, cycle, questions, amendments, rehearsals, responses,
                next);
    }

    /** The version a link for {@code act} names: the minutes and the contract change with every other event. */
    public String documentVersion(io.dealstream.events.common.CustomerAct act) {
        return links.documentVersion(act == io.dealstream.events.common.CustomerAct.SIGN_MINUTES ? "minutes" : "contract");
    }

    Deal rehearsed(int count) {
        return new Deal(opportunityId, status, proposalQuote, scenario, customerName, accountId, bottomLines,
                counterpart, concessions, rounds, contract, lostReason, cycle, questions, amendments, count, responses, links);
    }

    Deal withResponses(List<String> r) {
        return new Deal(opportunityId, status, proposalQuote, scenario, customerName, accountId, bottomLines,
                counterpart, concessions, rounds, contract, lostReason, cycle, questions, amendments, rehearsals,
                r == null ? List.of() : List.copyOf(r), links);
    }

    Deal withScenario(Scenario s) {
        return new Deal(opportunityId, status, proposalQuote, s, customerName, accountId, bottomLines, counterpart,
                concessions, rounds, contract, lostReason, cycle, questions, amendments, rehearsals, responses, links);
    }

    Deal withQuestions(List<io.dealstream.eventstore.domain.WrittenQuestion> q) {
        return new Deal(opportunityId, status, proposalQuote, scenario, customerName, accountId, bottomLines,
                counterpart, concessions, rounds, contract, lostReason, cycle, List.copyOf(q), amendments, rehearsals, responses, links);
    }

    Deal amended(Contract c, int amendment) {
        return new Deal(opportunityId, DealStatus.CONTRACT_DRAFTED, proposalQuote, scenario, customerName, accountId,
                bottomLines, counterpart, concessions, rounds, c, lostReason, cycle, questions, amendment, rehearsals, responses, links);
    }

    public java.util.Optional<io.dealstream.eventstore.domain.WrittenQuestion> question(UUID id) {
        return questions.stream().filter(q -> q.questionId().equals(id)).findFirst();
    }
}
