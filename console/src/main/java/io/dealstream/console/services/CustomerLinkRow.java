package io.dealstream.console.services;

import java.time.Instant;
import java.util.UUID;

/** A link sent to the customer, as the stage service lists it: its address to copy and where it stands. */
public record CustomerLinkRow(UUID linkId, String act, String url, String sentBy, Instant sentAt, Instant expiresAt,
        Instant openedAt, Instant usedAt, Instant revokedAt, String state) {
}
