package io.dealstream.proposal.domain;

import io.dealstream.events.proposal.ObjectionOutcome;
import io.dealstream.events.proposal.ObjectionType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One line of the objection-tracking template. */
public record Objection(
        UUID objectionId,
        ObjectionType type,
        String description,
        Instant raisedAt,
        String owner,
        Instant responseDueAt,
        String response,
        List<UUID> evidence,
        Instant answeredAt,
        ObjectionOutcome outcome,
        String customerFeedback,
        String nextStep,
        boolean overdue) {

    public boolean answered() {
        return response != null;
    }

    /** Open (no outcome yet) or resolved as UNRESOLVED: it blocks acceptance without an override. */
    public boolean blocksAcceptance() {
        return outcome == null || outcome == ObjectionOutcome.UNRESOLVED;
    }

    /** An answer after the due time counts late even if the scheduler had not yet marked it. */
    Objection answer(String text, List<UUID> evidenceIds, Instant at) {
        return new Objection(objectionId, type, description, raisedAt, owner, responseDueAt, text, evidenceIds, at,
                outcome, customerFeedback, nextStep, overdue || at.isAfter(responseDueAt));
    }

    Objection resolve(ObjectionOutcome result, String feedback, String next) {
        return new Objection(objectionId, type, description, raisedAt, owner, responseDueAt, response, evidence,
                answeredAt, result, feedback, next, overdue);
    }

    Objection markOverdue() {
        return new Objection(objectionId, type, description, raisedAt, owner, responseDueAt, response, evidence,
                answeredAt, outcome, customerFeedback, nextStep, true);
    }
}
