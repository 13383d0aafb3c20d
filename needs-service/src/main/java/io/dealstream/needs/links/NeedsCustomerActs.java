package io.dealstream.needs.links;

import io.dealstream.events.common.CustomerAct;
import io.dealstream.eventstore.CustomerLinkRows;
import io.dealstream.eventstore.EventStore;
import io.dealstream.eventstore.domain.NotFound;
import io.dealstream.eventstore.links.CustomerActs;
import io.dealstream.eventstore.links.LinkSigner;
import io.dealstream.needs.application.NeedsService;
import io.dealstream.needs.domain.NeedsCommand;
import io.dealstream.needs.domain.NeedsResearch;
import io.dealstream.needs.projection.NeedsQueries;
import io.dealstream.needs.projection.NeedsView;
import io.quarkus.qute.Template;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * The customer's side of the needs confirmation: the link shows the needs analysis report exactly as printed, and
 * the customer confirms and signs it (NeedsConfirmed, signed by both sides, the customer's signature carrying the
 * evidence) or disputes it (NeedsConfirmationDisputed), through {@code /links/{token}}.
 */
@ApplicationScoped
public class NeedsCustomerActs implements CustomerActs {

    private final EventStore store;
    private final NeedsService needs;
    private final Template needsReport;

    public NeedsCustomerActs(EventStore store, NeedsService needs, Template needsReport) {
        this.store = store;
        this.needs = needs;
        this.needsReport = needsReport;
    }

    @Override
    public Uni<Shown> show(CustomerLinkRows.Row link) {
        Instant now = store.clock().instant();
        return store.inTransaction(tx -> needs.handle(tx, link.streamId(), OptionalLong.empty(),
                        new NeedsCommand.OpenLink(now, link.linkId()), UUID.randomUUID(), ACTOR))
                .chain(outcome -> report(link.streamId()).map(html -> shown(outcome.state(), link, html, now)));
    }

    @Override
    public Uni<Void> act(CustomerLinkRows.Row link, Submission submission, EvidenceSource source) {
        return report(link.streamId()).chain(html -> {
            Instant now = store.clock().instant();
            var evidence = source.evidence(link.linkId(), null, LinkSigner.sha256(html), now);
            NeedsCommand command = "dispute".equals(submission.decision())
                    ? new NeedsCommand.DisputeThroughLink(now, link.linkId(), submission.name(), submission.points(),
                            evidence)
                    : new NeedsCommand.ConfirmThroughLink(now, link.linkId(), submission.name(), submission.role(),
                            evidence);
            return store.inTransaction(tx -> needs.handle(tx, link.streamId(), OptionalLong.empty(), command,
                    UUID.randomUUID(), ACTOR));
        }).replaceWithVoid();
    }

    private Uni<String> report(UUID opportunityId) {
        return NeedsQueries.byId(store.pool(), opportunityId).map(found -> {
            NeedsView view = found.orElseThrow(() -> new NotFound("needs research", opportunityId));
            return needsReport.data("n", view).render();
        });
    }

    private static Shown shown(NeedsResearch r, CustomerLinkRows.Row link, String html, Instant now) {
        var customerLink = r.links().get(link.linkId());
        return new Shown(CustomerAct.CONFIRM_NEEDS, "Needs analysis report" + (r.customerName() == null ? ""
                : " · " + r.customerName()), html, customerLink.documentVersion(),
                customerLink.standing(now, r.reportVersion()), r.customerName());
    }
}
