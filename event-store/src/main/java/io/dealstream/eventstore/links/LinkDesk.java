package io.dealstream.eventstore.links;

import io.dealstream.eventstore.CustomerLinkRows;
import io.dealstream.eventstore.EventStore;
import io.dealstream.eventstore.CommandExecutor;
import io.dealstream.eventstore.EventStoreTx;
import io.dealstream.eventstore.http.Caller;
import io.dealstream.eventstore.http.CommandAccepted;
import io.dealstream.eventstore.http.CommandHeaders;
import io.dealstream.eventstore.http.IdempotentCommands;
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
        Uni<String> append(EventStoreTx tx, UUID linkId, Instant now, Duration lifetime, String actor);
    }

    /** The service's command that withdraws a link, in the command's transaction. */
    @FunctionalInterface
    public interface Revoke {
        Uni<? extends CommandExecutor.Outcome<?>> revoke(EventStoreTx tx, Instant now, String actor);
    }

    private final EventStore store;
    private final LinkSettings settings;
    private final LinkMail mail;
    private final IdempotentCommands idempotent;
    private final Caller caller;

    public LinkDesk(EventStore store, LinkSettings settings, LinkMail mail, IdempotentCommands idempotent,
            Caller caller) {
        this.store = store;
        this.settings = settings;
        this.mail = mail;
        this.idempotent = idempotent;
        this.caller = caller;
    }

    /** Sends a link for {@code streamId}; 201 with the link, its url and how the mail went. */
    public Uni<Response> send(UUID streamId, LinkRequest body, String collectionPath, Append append) {
        UUID linkId = UUID.randomUUID();
        Instant now = store.clock().instant();
        Duration lifetime = body.lifetimeOr(settings.lifetime());
        String actor = caller.actor();
        return store.inTransaction(tx -> append.append(tx, linkId, now, lifetime, actor))
                .chain(customerName -> CustomerLinkRows.find(store.pool(), linkId).map(row -> row.orElseThrow())
                        .chain(row -> mail.send(body.email(), customerName, ActWording.of(body.act()).request(),
                                        settings.url(linkId), row.expiresAt())
                                .map(delivery -> Response.created(URI.create(collectionPath + "/" + linkId))
                                        .entity(LinkView.of(row, settings, now, delivery)).build())));
    }

    /** Withdraws a link: the command's reply (idempotent with its key, like every command). */
    public Uni<Response> revoke(UUID streamId, UUID linkId, CommandHeaders headers, Revoke revoke) {
        String actor = caller.actor();
        return idempotent.run(headers, linkId, tx -> revoke.revoke(tx, store.clock().instant(), actor)
                .map(outcome -> CommandAccepted.reply(streamId, outcome)));
    }

    /** The links sent for a stream, newest first. */
    public Uni<List<LinkView>> list(UUID streamId) {
        Instant now = store.clock().instant();
        return CustomerLinkRows.ofStream(store.pool(), streamId)
                .map(rows -> rows.stream().map(r -> LinkView.of(r, settings, now, null)).toList());
    }
}
