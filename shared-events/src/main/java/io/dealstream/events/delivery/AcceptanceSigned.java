package io.dealstream.events.delivery;

import io.dealstream.events.common.Signature;
import io.dealstream.events.privacy.PersonalData;
import io.dealstream.events.Nullable;
import java.time.Instant;
import java.util.List;

/**
 * The acceptance report is signed by both sides (starts the after-sales clocks). {@code signatures}: each
 * side's signatory with role, time and method; {@code signedBy} is the customer's and {@code signedAt} the
 * last signature (absent signatures: stored before both sides were recorded).
 */
public record AcceptanceSigned(String reportRef, @PersonalData String signedBy, Instant signedAt,
        @Nullable String overrideReason, @Nullable List<Signature> signatures) implements DeliveryEvent {

    public AcceptanceSigned(String reportRef, String signedBy, Instant signedAt, String overrideReason) {
        this(reportRef, signedBy, signedAt, overrideReason, null);
    }
}
