package io.dealstream.events.common;

import io.dealstream.events.Nullable;
import io.dealstream.events.privacy.PersonalData;
import java.time.Instant;

/**
 * One side's signature on a document "signed by both sides" (needs confirmation, negotiation minutes,
 * contract, acceptance report): who (a person with a role), which side, when, and how. A PAPER signature
 * names the signed document ({@code documentRef}, e.g. the scan in the document store).
 */
public record Signature(
        Side side,
        @PersonalData String name,
        String role,
        Instant signedAt,
        Method method,
        @Nullable String documentRef) {

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
