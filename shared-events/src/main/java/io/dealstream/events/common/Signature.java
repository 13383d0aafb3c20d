package io.dealstream.events.common;

import io.dealstream.events.Nullable;
import io.dealstream.events.privacy.PersonalData;
import java.time.Instant;

/**
 * One side's signature on a document "signed by both sides" (needs confirmation, negotiation minutes,
 * contract, acceptance report): who (a person with a role), which side, when, and how. A PAPER signature
 * names the signed document ({@code documentRef}, e.g. the scan in the document store). {@code link}: the
 * customer signed themselves, through the link sent for it, with this evidence; a customer's signature without it
 * is a paper signature recorded by staff (or, on events stored before links, a signature typed in by staff).
 */
public record Signature(
        Side side,
        @PersonalData String name,
        String role,
        Instant signedAt,
        Method method,
        @Nullable String documentRef,
        @Nullable LinkEvidence link) {

    public Signature(Side side, String name, String role, Instant signedAt, Method method, String documentRef) {
        this(side, name, role, signedAt, method, documentRef, null);
    }

    /** The customer signed through a link (not a signature typed in or recorded by staff). */
    public boolean throughLink() {
        return link != null;
    }

    public enum Side {
        /** The customer's signatory. */
        CUSTOMER,
        /** Ours (the seller's) signatory. */
        OURS
    }

    public enum Method {
        ELECTRONIC,
        PAPER
    }
}
