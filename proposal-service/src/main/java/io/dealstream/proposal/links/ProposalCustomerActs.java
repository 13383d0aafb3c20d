package io.dealstream.proposal.links;

import io.dealstream.events.common.CustomerAct;
import io.dealstream.events.proposal.ObjectionType;
import io.dealstream.eventstore.CustomerLinkRows;
import io.dealstream.eventstore.EventStore;
import io.dealstream.eventstore.domain.NotFound;
import io.dealstream.eventstore.links.CustomerActs;
import io.dealstream.eventstore.links.LinkSigner;
import io.dealstream.proposal.application.ProposalService;
import io.dealstream.proposal.domain.Proposal;
import io.dealstream.proposal.domain.ProposalCommand;
import io.dealstream.proposal.projection.ProposalQueries;
import io.quarkus.qute.Template;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * The customer's side of the proposal: the link shows the proposal exactly as printed (with the revision's marked
 * changes), and the customer confirms the revision (ProposalRevisionConfirmed with the evidence) or writes questions
 * and an objection (QuestionRaised, ObjectionRaised, each answered within 24 h), through {@code /links/{token}}.
 */
@ApplicationScoped
public class ProposalCustomerActs implements CustomerActs {

    private final EventStore store;
    private final ProposalService proposals;
    private final Template proposalDocument;

    public ProposalCustomerActs(EventStore store, ProposalService proposals, Template proposalDocument) {
        this.store = store;
        this.proposals = proposals;
        this.proposalDocument = proposalDocument;
    }

    @Override
    public Uni<Shown> show(CustomerLinkRows.Row link) {
        Instant now = store.clock().instant();
        CustomerAct act = CustomerAct.valueOf(link.act());
        return store.inTransaction(tx -> proposals.handle(tx, link.streamId(), OptionalLong.empty(),
                        new ProposalCommand.OpenLink(now, link.linkId()), UUID.randomUUID(), ACTOR))
                .chain(outcome -> document(link.streamId()).map(html -> {
                    Proposal p = outcome.state();
                    var customerLink = p.links().get(link.linkId());
                    String title = (act == CustomerAct.CONFIRM_PROPOSAL_REVISION ? "Proposal, revision " + p.revision()
                            : "Proposal") + (p.customerName() == null ? "" : " · " + p.customerName());
                    return new Shown(act, title, html, customerLink.documentVersion(),
                            customerLink.standing(now, p.documentVersion()), p.customerName());
                }));
    }

    @Override
    public Uni<Void> act(CustomerLinkRows.Row link, Submission s, EvidenceSource source) {
        CustomerAct act = CustomerAct.valueOf(link.act());
        return document(link.streamId()).chain(html -> {
            Instant now = store.clock().instant();
            var evidence = source.evidence(link.linkId(), null, LinkSigner.sha256(html), now);
            ProposalCommand command = act == CustomerAct.ASK_ABOUT_PROPOSAL
                    ? new ProposalCommand.AskThroughLink(now, link.linkId(), s.name(), s.points(),
                            concernType(s.concernType()), s.concern(), evidence)
                    : new ProposalCommand.ConfirmRevisionThroughLink(now, link.linkId(), s.name(), s.role(), evidence);
            return store.inTransaction(tx -> proposals.handle(tx, link.streamId(), OptionalLong.empty(), command,
                    UUID.randomUUID(), ACTOR));
        }).replaceWithVoid();
    }

    /** The page offers the four kinds; anything else is no kind (the decider then names the rule). */
    private static ObjectionType concernType(String value) {
        for (ObjectionType type : ObjectionType.values()) {
            if (type.name().equals(value)) {
                return type;
            }
        }
        return null;
    }

    private Uni<String> document(UUID opportunityId) {
        return ProposalQueries.byId(store.pool(), opportunityId).map(found -> proposalDocument
                .data("v", found.orElseThrow(() -> new NotFound("proposal", opportunityId))).render());
    }
}
