package io.dealstream.eventstore.links;

import io.dealstream.events.DomainEvent;
import io.dealstream.events.common.CustomerLinkEvent;
import io.dealstream.events.common.Signature;
import io.dealstream.eventstore.domain.NotFound;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The links a stream has sent, folded from its link events, and the version of the stream's document: every event
 * that is not a link event changes the document (a link sent for an older version is outdated). Pure and
 * immutable; a stream's state holds one and evolves it with every event.
 */
public record CustomerLinks(Map<UUID, CustomerLink> byId, Map<UUID, Signature> ours, long contentEvents) {

    public static final CustomerLinks NONE = new CustomerLinks(Map.of(), Map.of(), 0);

    /** The links after one more event of the stream. */
    public CustomerLinks evolve(UUID opportunityId, DomainEvent event) {
        if (!(event instanceof CustomerLinkEvent linkEvent)) {
            return new CustomerLinks(byId, ours, contentEvents + 1);
        }
        Map<UUID, CustomerLink> next = new LinkedHashMap<>(byId);
        Map<UUID, Signature> nextOurs = ours;
        UUID id = linkEvent.linkId();
        if (event instanceof CustomerLinkEvent.Sent s) {
            next.put(id, new CustomerLink(id, opportunityId, s.act(), s.documentVersion(), null,
                    s.sentAt(), s.expiresAt(), s.sentBy(), null, null, null));
            if (s.ours() != null) {
                Map<UUID, Signature> withOurs = new LinkedHashMap<>(ours);
                withOurs.put(id, s.ours());
                nextOurs = Map.copyOf(withOurs);
            }
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
        return new CustomerLinks(Map.copyOf(next), nextOurs, contentEvents);
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
        return Optional.ofNullable(ours.get(linkId));
    }

    public Collection<CustomerLink> all() {
        return byId.values();
    }
}
