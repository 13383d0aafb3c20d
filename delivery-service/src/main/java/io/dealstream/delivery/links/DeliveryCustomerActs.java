package io.dealstream.delivery.links;

import io.dealstream.delivery.application.DeliveryConfig;
import io.dealstream.delivery.application.DeliveryService;
import io.dealstream.delivery.domain.Delivery;
import io.dealstream.delivery.domain.DeliveryCommand;
import io.dealstream.delivery.projection.DeliveryQueries;
import io.dealstream.events.common.CustomerAct;
import io.dealstream.events.delivery.SatisfactionSurveyed;
import io.dealstream.eventstore.CustomerLinkRows;
import io.dealstream.eventstore.EventStore;
import io.dealstream.eventstore.domain.DomainRuleViolation;
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
 * The customer's side of delivery: the acceptance report, printed, signed through its link (AcceptanceSigned with
 * both sides, the customer's signature carrying the evidence), and the satisfaction survey answered through its
 * link (SatisfactionSurveyed with the respondent and the evidence), both at {@code /links/{token}}.
 */
@ApplicationScoped
public class DeliveryCustomerActs implements CustomerActs {

    private final EventStore store;
    private final DeliveryService deliveries;
    private final DeliveryConfig config;
    private final Template acceptanceReport;
    private final Template satisfactionSurvey;

    public DeliveryCustomerActs(EventStore store, DeliveryService deliveries, DeliveryConfig config,
            Template acceptanceReport, Template satisfactionSurvey) {
        this.store = store;
        this.deliveries = deliveries;
        this.config = config;
        this.acceptanceReport = acceptanceReport;
        this.satisfactionSurvey = satisfactionSurvey;
    }

    @Override
    public Uni<Shown> show(CustomerLinkRows.Row link) {
        Instant now = store.clock().instant();
        CustomerAct act = CustomerAct.valueOf(link.act());
        return store.inTransaction(tx -> deliveries.handle(tx, link.streamId(), OptionalLong.empty(),
                        new DeliveryCommand.OpenLink(now, link.linkId()), UUID.randomUUID(), ACTOR))
                .chain(outcome -> document(link.streamId(), act).map(html -> {
                    Delivery d = outcome.state();
                    var customerLink = d.links().get(link.linkId());
                    String title = (act == CustomerAct.ANSWER_SURVEY ? "Satisfaction survey" : "Acceptance report")
                            + (d.customerName() == null ? "" : " · " + d.customerName());
                    return new Shown(act, title, html, customerLink.documentVersion(),
                            customerLink.standing(now, d.documentVersion(act)), d.customerName(), config.scoreMax());
                }));
    }

    @Override
    public Uni<Void> act(CustomerLinkRows.Row link, Submission s, EvidenceSource source) {
        CustomerAct act = CustomerAct.valueOf(link.act());
        return document(link.streamId(), act).chain(html -> {
            Instant now = store.clock().instant();
            var evidence = source.evidence(link.linkId(), null, LinkSigner.sha256(html), now);
            DeliveryCommand command = act == CustomerAct.ANSWER_SURVEY
                    ? new DeliveryCommand.AnswerSurveyThroughLink(now, link.linkId(), s.name(), s.scores().get(0),
                            s.scores().get(1), s.scores().get(2), s.scores().get(3), overall(s.overall()),
                            s.suggestions(), evidence)
                    : new DeliveryCommand.SignAcceptanceThroughLink(now, link.linkId(), s.name(), s.role(), evidence);
            return store.inTransaction(tx -> deliveries.handle(tx, link.streamId(), OptionalLong.empty(), command,
                    UUID.randomUUID(), ACTOR));
        }).replaceWithVoid();
    }

    private static SatisfactionSurveyed.Overall overall(String value) {
        try {
            return SatisfactionSurveyed.Overall.valueOf(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw DomainRuleViolation.unprocessable("overall-required", "choose the overall rating");
        }
    }

    private Uni<String> document(UUID opportunityId, CustomerAct act) {
        return DeliveryQueries.byId(store.pool(), opportunityId).map(found -> {
            DeliveryQueries.DeliveryView view = found.orElseThrow(() -> new NotFound("delivery", opportunityId));
            return act == CustomerAct.ANSWER_SURVEY
                    ? satisfactionSurvey.data("v", view).data("scaleMax", config.scoreMax()).render()
                    : acceptanceReport.data("v", view).render();
        });
    }
}
