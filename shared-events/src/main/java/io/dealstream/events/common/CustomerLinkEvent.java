package io.dealstream.events.common;

import java.util.UUID;

/**
 * An event in the life of a link sent to the customer for one act (sent, opened, used, revoked, expired
 * unused). Each stage that
 * sends links has its own records of these (event type names are unique across the contract); the runtime folds
 * any of them the same way.
 */
public interface CustomerLinkEvent {

    UUID linkId();

    /**
     * Sent: the act, the exact document version, expiry, who sent it and, for a document signed by both sides, our
     * signatory (who signs as the link is sent: the customer's signature completes the document).
     */
    interface Sent extends CustomerLinkEvent {
        CustomerAct act();

        String documentVersion();

        Signature ours();

        java.time.Instant sentAt();

        java.time.Instant expiresAt();

        String sentBy();
    }

    /** The customer first opened the page (later openings are not recorded). */
    interface Opened extends CustomerLinkEvent {
        java.time.Instant openedAt();
    }

    /** The customer did the act; the act's own event, in the same transaction, carries the evidence. */
    interface Used extends CustomerLinkEvent {
        java.time.Instant usedAt();
    }

    /** The link expired unused while the act was still awaited (the overdue signal of an unused link). */
    interface Expired extends CustomerLinkEvent {
        java.time.Instant expiredAt();
    }

    /** Staff withdrew the link before it was used. */
    interface Revoked extends CustomerLinkEvent {
        java.time.Instant revokedAt();

        String revokedBy();
    }
}
