package io.dealstream.proposal.api;

import io.dealstream.events.proposal.ObjectionRaised;
import io.dealstream.events.proposal.QuestionRaised;
import io.dealstream.eventstore.StoredEvent;
import io.dealstream.eventstore.http.Created;
import java.util.List;

/** What a proposal command creates that a caller acts on next: each objection and question, by its id. */
final class ProposalCreations {

    private ProposalCreations() {
    }

    static List<Created> of(StoredEvent e) {
        if (e.event() instanceof ObjectionRaised o) {
            return List.of(new Created("objection", o.objectionId(), null));
        }
        if (e.event() instanceof QuestionRaised q) {
            return List.of(new Created("question", q.questionId(), null));
        }
        return List.of();
    }
}
