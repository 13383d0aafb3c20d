package io.dealstream.deal.links;

import io.dealstream.deal.application.DealService;
import io.dealstream.deal.domain.Deal;
import io.dealstream.deal.domain.DealCommand;
import io.dealstream.deal.domain.OrderTotals;
import io.dealstream.deal.domain.Round;
import io.dealstream.deal.projection.DealQueries;
import io.dealstream.events.common.CustomerAct;
import io.dealstream.events.deal.DealLinkSent;
import io.dealstream.eventstore.CustomerLinkRows;
import io.dealstream.eventstore.EventStore;
import io.dealstream.eventstore.domain.NotFound;
import io.dealstream.eventstore.links.CustomerActs;
import io.dealstream.eventstore.links.LinkSigner;
import io.quarkus.qute.Template;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * The customer's side of the negotiation: a round's minutes and the contract at its last confirmation, printed,
 * signed through their links (MeetingMinutesSigned, ContractSigned with the order, both sides, the customer's
 * signature carrying the evidence), or the contract's changes asked for (ContractChangeRequested). The customer
 * sees the round's terms and the contract, never the bottom lines.
 */
@ApplicationScoped
public class DealCustomerActs implements CustomerActs {

    private final EventStore store;
    private final DealService deals;
    private final Template contractDocument;
    private final Template negotiationMinutes;

    public DealCustomerActs(EventStore store, DealService deals, Template contractDocument,
            Template negotiationMinutes) {
        this.store = store;
        this.deals = deals;
        this.contractDocument = contractDocument;
        this.negotiationMinutes = negotiationMinutes;
    }

    @Override
    public Uni<Shown> show(CustomerLinkRows.Row link) {
        Instant now = store.clock().instant();
        CustomerAct act = CustomerAct.valueOf(link.act());
        return opened(link, now).chain(d -> document(d, link).map(html -> {
            var customerLink = d.links().get(link.linkId());
            String title = (act == CustomerAct.SIGN_MINUTES ? "Negotiation minutes" : "Contract")
                    + (d.customerName() == null ? "" : " · " + d.customerName());
            return new Shown(act, title, html, customerLink.documentVersion(),
                    customerLink.standing(now, d.documentVersion(act)), d.customerName());
        }));
    }

    @Override
    public Uni<Void> act(CustomerLinkRows.Row link, Submission s, EvidenceSource source) {
        CustomerAct act = CustomerAct.valueOf(link.act());
        return opened(link, store.clock().instant()).chain(d -> document(d, link)).chain(html -> {
            Instant now = store.clock().instant();
            var evidence = source.evidence(link.linkId(), null, LinkSigner.sha256(html), now);
            DealCommand command = act == CustomerAct.SIGN_MINUTES
                    ? new DealCommand.SignMinutesThroughLink(now, link.linkId(), s.name(), s.role(), evidence)
                    : "dispute".equals(s.decision())
                            ? new DealCommand.RequestChangeThroughLink(now, link.linkId(), s.name(), s.points(), evidence)
                            : new DealCommand.SignContractThroughLink(now, link.linkId(), UUID.randomUUID(), s.name(),
                                    s.role(), evidence);
            return store.inTransaction(tx -> deals.handle(tx, link.streamId(), OptionalLong.empty(), command,
                    UUID.randomUUID(), ACTOR));
        }).replaceWithVoid();
    }

    /** The deal after the link's page is shown (its first opening recorded): what the documents are made of. */
    private Uni<Deal> opened(CustomerLinkRows.Row link, Instant now) {
        return store.inTransaction(tx -> deals.handle(tx, link.streamId(), OptionalLong.empty(),
                new DealCommand.OpenLink(now, link.linkId()), UUID.randomUUID(), ACTOR)).map(outcome -> outcome.state());
    }

    private Uni<String> document(Deal d, CustomerLinkRows.Row link) {
        DealLinkSent sent = d.links().sentEvent(link.linkId(), DealLinkSent.class);
        if (sent.act() == CustomerAct.SIGN_MINUTES) {
            Round round = d.round(sent.round()).orElseThrow(() -> new NotFound("round", sent.round()));
            return Uni.createFrom().item(negotiationMinutes.data("round", round).data("summary", sent.minutesSummary())
                    .data("customer", d.customerName()).render());
        }
        return DealQueries.byId(store.pool(), link.streamId()).map(found -> {
            DealQueries.DealView view = found.orElseThrow(() -> new NotFound("deal", link.streamId()));
            OrderTotals order = OrderTotals.of(view.deal().proposalQuote(), view.deal().contract().terms());
            return contractDocument.data("v", view).data("order", order).render();
        });
    }
}
