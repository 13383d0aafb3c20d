package io.dealstream.eventstore.links;

import io.dealstream.events.DomainEvent;
import io.dealstream.events.common.CustomerAct;
import io.dealstream.events.common.CustomerLinkEvent;
import io.dealstream.events.common.LinkEvidence;
import io.dealstream.eventstore.domain.DomainRuleViolation;
import java.time.Instant;
import io.dealstream.events.common.Signature;
import io.dealstream.eventstore.domain.NotFound;
import java.util.Collection;
import io.dealstream.eventstore.DeadlineChange;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The links a stream has sent, folded from its link events (with the event that sent each), and the version of the
 * stream's document: every event that is not a link event changes the document (a link sent for an older version
 * is outdated). Pure and immutable; a stream's state holds one and evolves it with every event.
 */
public record CustomerLinks(Map<UUID, CustomerLink> byId, Map<UUID, CustomerLinkEvent.Sent> sent, long contentEvents) {

    public static final CustomerLinks NONE = new CustomerLinks(Map.of(), Map.of(), 0);
    /** The deadline kind of a link awaiting the customer's act (its reference: the link id), due at its expiry. */
    public static final String DEADLINE = "CUSTOMER_LINK";

    /** The links after one more event of the stream. */
    public CustomerLinks evolve(UUID opportunityId, DomainEvent event) {
        if (!(event instanceof CustomerLinkEvent linkEvent)) {
            return new CustomerLinks(byId, sent, contentEvents + 1);
        }
        Map<UUID, CustomerLink> next = new LinkedHashMap<>(byId);
        Map<UUID, CustomerLinkEvent.Sent> nextSent = sent;
        UUID id = linkEvent.linkId();
        if (event instanceof CustomerLinkEvent.Sent s) {
            next.put(id, new CustomerLink(id, opportunityId, s.act(), s.documentVersion(), null,
                    s.sentAt(), s.expiresAt(), s.sentBy(), null, null, null));
            Map<UUID, CustomerLinkEvent.Sent> withSent = new LinkedHashMap<>(sent);
            withSent.put(id, s);
            nextSent = Map.copyOf(withSent);
        } else if (next.containsKey(id)) {
            CustomerLink link = next.get(id);
            if (event instanceof CustomerLinkEvent.Opened o) {
                next.put(id, link.opened(o.openedAt()));
            } else if (event instanceof CustomerLinkEvent.Used u) {
                next.put(id, new CustomerLink(id, link.opportunityId(), link.act(), link.documentVersion(),
                        link.documentSha256(), link.issuedAt(), link.expiresAt(), link.issuedBy(),
                        link.openedAt() == null ? u.usedAt() : link.openedAt(), u.usedAt(), link.revokedAt()));
            } else if (event instanceof CustomerLinkEvent.Revoked r) {
                next.put(id, link.revoked(r.revokedAt()));
            }
        }
        return new CustomerLinks(Map.copyOf(next), nextSent, contentEvents);
    }

    /** The document's version as a link names it, e.g. {@code needs-report@7}. */
    public String documentVersion(String document) {
        return document + "@" + contentEvents;
    }

    public Optional<CustomerLink> find(UUID linkId) {
        return Optional.ofNullable(byId.get(linkId));
    }

    /** The link, or 404 naming it (a valid token of a link this stream never sent: another stream's). */
    public CustomerLink get(UUID linkId) {
        return find(linkId).orElseThrow(() -> new NotFound("customer link", linkId));
    }

    /** Our signature given as the link was sent, if the document is signed by both sides. */
    public Optional<Signature> oursFor(UUID linkId) {
        return Optional.ofNullable(sent.get(linkId)).map(CustomerLinkEvent.Sent::ours);
    }

    /** The event that sent the link: what the stage's own record of it says besides (a round, a summary, ...). */
    public <T extends CustomerLinkEvent.Sent> T sentEvent(UUID linkId, Class<T> type) {
        get(linkId);
        return type.cast(sent.get(linkId));
    }

    /**
     * The link, usable now for {@code act} on the document's current version; refused naming why (used, expired,
     * revoked, outdated, or a link sent for another act).
     */
    public CustomerLink usable(UUID linkId, CustomerAct act, Instant now, String currentVersion) {
        CustomerLink link = get(linkId);
        if (link.act() != act) {
            throw DomainRuleViolation.conflict("link-other-act", "this link was sent to " + link.act() + ", not to "
                    + act);
        }
        link.used(now, currentVersion);
        return link;
    }

    /** Whether showing the link's page now is its first opening while usable (the one recorded). */
    public boolean firstOpening(UUID linkId, Instant now, String currentVersion) {
        CustomerLink link = get(linkId);
        return link.openedAt() == null && link.standing(now, currentVersion) == CustomerLink.Standing.USABLE;
    }

    /** Whether withdrawing the link now changes anything (refused once it was used). */
    public boolean revokes(UUID linkId, Instant now) {
        CustomerLink link = get(linkId);
        return !link.revoked(now).equals(link);
    }

    /** Whether the link still awaits the customer's act on the current document (its deadline's overdue signal). */
    public boolean stillAwaited(UUID linkId, String currentVersion) {
        CustomerLink link = get(linkId);
        return link.awaited() && link.documentVersion().equals(currentVersion);
    }

    /**
     * A link's own deadline ({@link #DEADLINE}, the link id its reference): due at its expiry once sent, met once
     * used or withdrawn; nothing for any other event. A stage's DeadlineRules add these to its own.
     */
    public static List<DeadlineChange> deadlineChanges(DomainEvent event) {
        if (event instanceof CustomerLinkEvent.Sent s) {
            return List.of(DeadlineChange.open(DEADLINE, s.linkId().toString(), s.expiresAt()));
        }
        if (event instanceof CustomerLinkEvent.Used || event instanceof CustomerLinkEvent.Revoked) {
            return List.of(DeadlineChange.meet(DEADLINE, ((CustomerLinkEvent) event).linkId().toString()));
        }
        return List.of();
    }

    /** The evidence of an act through {@code link} at {@code now}: what the page saw (hash, IP, agent) and the link. */
    public static LinkEvidence evidence(CustomerLink link, LinkEvidence from, Instant now) {
        return new LinkEvidence(link.linkId(), link.documentVersion(), from.documentSha256(), now, from.ipAddress(),
                from.userAgent());
    }

    public Collection<CustomerLink> all() {
        return byId.values();
    }
}
