package io.dealstream.lead.messaging;

import io.dealstream.events.EventCodec;
import io.dealstream.events.Topics;
import io.dealstream.events.common.Contact;
import io.dealstream.events.common.Scenario;
import io.dealstream.events.deal.DealLost;
import io.dealstream.events.delivery.ReferralReceived;
import io.dealstream.events.privacy.DataSubjects;
import io.dealstream.events.delivery.UpsellIdentified;
import io.dealstream.events.lead.Channel;
import io.dealstream.events.proposal.ProposalRejected;
import io.dealstream.eventstore.EventStore;
import io.dealstream.eventstore.EventStoreTx;
import io.dealstream.eventstore.domain.DomainRuleViolation;
import io.dealstream.eventstore.domain.NotFound;
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
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
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
@ApplicationScoped
public class UpstreamEventsConsumer {

    private static final Logger LOG = Logger.getLogger(UpstreamEventsConsumer.class);

    private final LeadService leads;
    private final InboxConsumer inbox;

    public UpstreamEventsConsumer(EventStore store, LeadService leads, EventCodec codec) {
        this.leads = leads;
        this.inbox = new InboxConsumer(store, codec);
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

    Uni<Void> consume(ConsumerRecord<String, String> record, String topic) {
        return inbox.consume(record, topic, handlers);
    }

    private final EventHandlers handlers = EventHandlers.of()
            .on(DealLost.class, (tx, in, lost) -> defer(tx, in, "deal lost in " + lost.stage() + ": " + lost.reason()
                    + (lost.competitor() == null ? "" : " (to " + lost.competitor() + ")"), in.source()))
            .on(ProposalRejected.class, (tx, in, rejected) -> defer(tx, in, "proposal rejected: " + rejected.reason(),
                    in.source()))
            .on(UpsellIdentified.class, (tx, in, upsell) -> captureUpsell(tx, in, upsell, in.source()))
            .on(ReferralReceived.class, this::captureReferral);

    /**
     * The referrer's key is its account, or its opportunity when it has none: name the account only if it is
     * one, and the referring opportunity always.
     */
    private Uni<Void> captureReferral(EventStoreTx tx, IncomingEvent in, ReferralReceived referral) {
        return AccountQueries.byId(tx.connection(), referral.referrerAccountId()).chain(account -> {
            LeadCommand.Capture capture = new LeadCommand.Capture(tx.clock().instant(),
                    DataSubjects.referredLeadId(in.eventId()), null, referral.referredCompany(), referral.contact(),
                    Channel.REFERRAL, "referral (incentive: " + referral.incentive() + ")", null,
                    Scenario.NEW_CUSTOMER, account.map(AccountView::id).orElse(null), null, null,
                    in.opportunityId());
            return capture(tx, in, capture, in.source());
        });
    }

    private Uni<Void> defer(EventStoreTx tx, IncomingEvent in, String reason, String actor) {
        return leads.handle(tx, in.opportunityId(), OptionalLong.empty(),
                        new LeadCommand.Defer(tx.clock().instant(), reason), in.correlationId(), in.eventId(), actor)
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
    private Uni<Void> captureUpsell(EventStoreTx tx, IncomingEvent in, UpsellIdentified upsell, String actor) {
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
                            : new LeadCommand.Capture(tx.clock().instant(), derivedId("upsell", in), accountId, customer,
                                    contact, Channel.EXISTING_CUSTOMER, "upsell: " + upsell.product(),
                                    upsell.rationale(), Scenario.REPEAT_PURCHASE, null, industry,
                                    l.map(LeadView::owner).orElse(null));
                }))
                .chain(capture -> {
                    if (capture == null) {
                        LOG.warnf("upsell %s names no known customer: no lead captured", in.eventId());
                        return Uni.createFrom().voidItem();
                    }
                    return capture(tx, in, capture, actor);
                });
    }

    private Uni<Void> capture(EventStoreTx tx, IncomingEvent in, LeadCommand.Capture capture, String actor) {
        return leads.capture(tx, capture, in.correlationId(), actor).replaceWithVoid()
                .onFailure(DomainRuleViolation.class).recoverWithUni(e -> {
                    LOG.warnf("%s %s captured no lead: %s", in.event().eventType(), in.eventId(), e.getMessage());
                    return Uni.createFrom().voidItem();
                });
    }

    /** The new lead's id follows from the event, so even a replay without the inbox makes no second lead. */
    private static UUID derivedId(String kind, IncomingEvent in) {
        return UUID.nameUUIDFromBytes((kind + "/" + in.eventId()).getBytes(StandardCharsets.UTF_8));
    }
}
