package io.dealstream.events.common;

import io.dealstream.events.Nullable;
import io.dealstream.events.privacy.PersonalData;
import java.time.Instant;
import java.util.UUID;

/**
 * What shows that the customer did an act themselves, through the link sent for it: which link, the exact
 * document version they were shown and its SHA-256, when (server time), and from where (IP address and user
 * agent: personal data, sealed like the rest).
 */
public record LinkEvidence(
        UUID linkId,
        String documentVersion,
        String documentSha256,
        Instant at,
        @Nullable @PersonalData String ipAddress,
        @Nullable @PersonalData String userAgent) {
}
