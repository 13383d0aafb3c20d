package io.dealstream.eventstore.links;

import io.dealstream.eventstore.CustomerLinkRows;
import io.dealstream.eventstore.EventStore;
import io.dealstream.eventstore.EventStoreTx;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Staff's side of the customer links, the same in every service that sends them: the link is appended by the
 * service's own command (in one transaction), then mailed, and the reply carries its address to copy.
 */
@ApplicationScoped
public class LinkDesk {

    /** The service's command that appends the link's events; it answers the customer's name, for the mail. */
    @FunctionalInterface
    public interface Append {
        Uni<String> append(EventStoreTx tx, UUID linkId, Instant now, Duration lifetime);
    }

    private final EventStore store;
    private final LinkSettings settings;
    private final LinkMail mail;

    public LinkDesk(EventStore store, LinkSettings settings, LinkMail mail) {
        this.store = store;
        this.settings = settings;
        this.mail = mail;
    }

    /** Sends a link for {@code streamId}; 201 with the link, its url and how the mail went. */
    public Uni<Response> send(UUID streamId, LinkRequest body, String collectionPath, Append append) {
        UUID linkId = UUID.randomUUID();
        Instant now = store.clock().instant();
        Duration lifetime = body.lifetimeOr(settings.lifetime());
        return store.inTransaction(tx -> append.append(tx, linkId, now, lifetime))
                .chain(customerName -> CustomerLinkRows.find(store.pool(), linkId).map(row -> row.orElseThrow())
                        .chain(row -> mail.send(body.email(), customerName, ActWording.of(body.act()).request(),
                                        settings.url(linkId), row.expiresAt())
                                .map(delivery -> Response.created(URI.create(collectionPath + "/" + linkId))
                                        .entity(LinkView.of(row, settings, now, delivery)).build())));
    }

    /** The links sent for a stream, newest first. */
    public Uni<List<LinkView>> list(UUID streamId) {
        Instant now = store.clock().instant();
        return CustomerLinkRows.ofStream(store.pool(), streamId)
                .map(rows -> rows.stream().map(r -> LinkView.of(r, settings, now, null)).toList());
    }
}
