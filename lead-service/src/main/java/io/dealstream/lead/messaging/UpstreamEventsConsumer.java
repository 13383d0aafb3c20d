package io.dealstream.lead.messaging;

import io.dealstream.events.Topics;
import io.dealstream.events.common.Contact;
import io.dealstream.events.common.Scenario;
import io.dealstream.events.deal.DealLost;
import io.dealstream.events.delivery.ReferralReceived;
import io.dealstream.events.delivery.DerivedLeads;
import io.dealstream.events.delivery.UpsellIdentified;
import io.dealstream.events.lead.Channel;
import io.dealstream.events.proposal.ProposalRejected;
import io.dealstream.eventstore.EventStoreTx;
import io.dealstream.eventstore.domain.DomainRuleViolation;
import io.dealstream.eventstore.domain.NotFound;
import io.dealstream.eventstore.messaging.EventConsumer;
import io.dealstream.eventstore.messaging.EventHandlers;
import io.dealstream.eventstore.messaging.InboxConsumer;
import io.dealstream.eventstore.messaging.IncomingEvent;
import io.dealstream.lead.application.LeadService;
import io.dealstream.lead.domain.LeadCommand;
import io.dealstream.lead.projection.AccountQueries;
import io.dealstream.lead.projection.AccountView;
import io.dealstream.lead.projection.LeadQueries;
import io.dealstream.lead.projection.LeadView;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * lead-service's reactions to the later stages: a lost deal or a rejected proposal sends the lead back
 * to the deferred pool; an upsell becomes a REPEAT_PURCHASE lead; a referral becomes a REFERRAL lead.
 * Each incoming event takes effect once (inbox, same transaction); a record that cannot be read goes to
 * the dead-letter topic with the reason and the consumer goes on.
 */
@Singleton
public class UpstreamEventsConsumer extends EventConsumer {

    private static final Logger LOG = Logger.getLogger(UpstreamEventsConsumer.class);

    public UpstreamEventsConsumer(InboxConsumer inbox, LeadService leads) {
        super(inbox, EventHandlers.of()
                .on(DealLost.class, (tx, in, lost) -> defer(leads, tx, in, "deal lost in " + lost.stage() + ": "
                        + lost.reason() + (lost.competitor() == null ? "" : " (to " + lost.competitor() + ")")))
                .on(ProposalRejected.class, (tx, in, rejected) -> defer(leads, tx, in, "proposal rejected: "
                        + rejected.reason()))
                .on(UpsellIdentified.class, (tx, in, upsell) -> captureUpsell(leads, tx, in, upsell))
                .on(ReferralReceived.class, (tx, in, referral) -> captureReferral(leads, tx, in, referral)));
    }

    @Incoming("deal-events")
    public Uni<Void> onDealEvent(ConsumerRecord<String, String> record) {
        return consume(record, Topics.DEAL);
    }

    @Incoming("proposal-events")
    public Uni<Void> onProposalEvent(ConsumerRecord<String, String> record) {
        return consume(record, Topics.PROPOSAL);
    }

    @Incoming("delivery-events")
    public Uni<Void> onDeliveryEvent(ConsumerRecord<String, String> record) {
        return consume(record, Topics.DELIVERY);
    }

    /**
     * The referrer's key is its account, or its opportunity when it has none: name the account only if it is
     * one, and the referring opportunity always.
     */
    private static Uni<Void> captureReferral(LeadService leads, EventStoreTx tx, IncomingEvent in,
            ReferralReceived referral) {
        return AccountQueries.byId(tx.connection(), referral.referrerAccountId()).chain(account -> {
            LeadCommand.Capture capture = new LeadCommand.Capture(tx.clock().instant(),
                    DerivedLeads.fromReferral(in.eventId()), null, referral.referredCompany(), referral.contact(),
                    Channel.REFERRAL, "referral (incentive: " + referral.incentive() + ")", null,
                    Scenario.NEW_CUSTOMER, account.map(AccountView::id).orElse(null), null, null,
                    in.opportunityId());
            return capture(leads, tx, in, capture);
        });
    }

    private static Uni<Void> defer(LeadService leads, EventStoreTx tx, IncomingEvent in, String reason) {
        return leads.handle(tx, in.opportunityId(), OptionalLong.empty(),
                        new LeadCommand.Defer(tx.clock().instant(), reason), in.correlationId(), in.eventId(), in.source())
                .replaceWithVoid()
                .onFailure(e -> e instanceof NotFound || e instanceof DomainRuleViolation)
                .recoverWithUni(e -> {
                    LOG.warnf("%s for opportunity %s not applied: %s", in.event().eventType(), in.opportunityId(),
                            e.getMessage());
                    return Uni.createFrom().voidItem();
                });
    }

    /**
     * The customer of an upsell: named in the event, or found as the account it names, or (for a customer
     * captured without an account) as the opportunity's original lead.
     */
    private static Uni<Void> captureUpsell(LeadService leads, EventStoreTx tx, IncomingEvent in,
            UpsellIdentified upsell) {
        return AccountQueries.byId(tx.connection(), upsell.accountId())
                .chain(account -> LeadQueries.byId(tx.connection(), in.opportunityId()).map(lead -> {
                    Optional<AccountView> a = account;
                    Optional<LeadView> l = lead;
                    String customer = upsell.customerName() != null ? upsell.customerName()
                            : a.map(AccountView::name).orElse(l.map(LeadView::customerName).orElse(null));
                    Contact contact = upsell.contact() != null ? upsell.contact()
                            : a.flatMap(x -> x.contacts().stream().findFirst()).or(() -> l.map(LeadView::contact))
                                    .map(c -> new Contact(c.name(), c.title(), c.phone(), c.email())).orElse(null);
                    UUID accountId = a.map(AccountView::id).orElse(l.map(LeadView::accountId).orElse(null));
                    String industry = a.map(AccountView::industry).orElse(l.map(LeadView::industry).orElse(null));
                    return customer == null || contact == null ? null
                            : new LeadCommand.Capture(tx.clock().instant(), DerivedLeads.fromUpsell(in.eventId()), accountId, customer,
                                    contact, Channel.EXISTING_CUSTOMER, "upsell: " + upsell.product(),
                                    upsell.rationale(), Scenario.REPEAT_PURCHASE, null, industry,
                                    l.map(LeadView::owner).orElse(null));
                }))
                .chain(capture -> {
                    if (capture == null) {
                        LOG.warnf("upsell %s names no known customer: no lead captured", in.eventId());
                        return Uni.createFrom().voidItem();
                    }
                    return capture(leads, tx, in, capture);
                });
    }

    private static Uni<Void> capture(LeadService leads, EventStoreTx tx, IncomingEvent in,
            LeadCommand.Capture capture) {
        return leads.capture(tx, capture, in.correlationId(), in.source()).replaceWithVoid()
                .onFailure(DomainRuleViolation.class).recoverWithUni(e -> {
                    LOG.warnf("%s %s captured no lead: %s", in.event().eventType(), in.eventId(), e.getMessage());
                    return Uni.createFrom().voidItem();
                });
    }
}
