package io.dealstream.eventstore.links;

import io.dealstream.events.common.CustomerAct;

import io.dealstream.events.Nullable;
import io.dealstream.eventstore.domain.DomainRuleViolation;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A link for one customer act on one exact document version: it expires, works once, can be revoked, and does
 * nothing once the document has changed since it was sent. Pure: the times are the server's, passed in.
 */
public record CustomerLink(UUID linkId, UUID opportunityId, CustomerAct act, String documentVersion,
        @Nullable String documentSha256, Instant issuedAt, Instant expiresAt, String issuedBy, @Nullable Instant openedAt,
        @Nullable Instant usedAt, @Nullable Instant revokedAt) {

    /** How long a link lives unless configured otherwise. */
    public static final Duration DEFAULT_LIFETIME = Duration.ofDays(14);

    /** What a link can do right now. */
    public enum Standing {
        USABLE, EXPIRED, USED, REVOKED, OUTDATED
    }

    public static CustomerLink issue(UUID linkId, UUID opportunityId, CustomerAct act, String documentVersion,
            String documentSha256, Instant now, Duration lifetime, String issuedBy) {
        if (lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(Duration.ofDays(90)) > 0) {
            throw DomainRuleViolation.unprocessable("link-lifetime", "a link lives between a minute and 90 days, not "
                    + lifetime);
        }
        return new CustomerLink(linkId, opportunityId, act, documentVersion, documentSha256, now, now.plus(lifetime),
                issuedBy, null, null, null);
    }

    /** The link's standing at {@code now} against the document's current version. */
    public Standing standing(Instant now, String currentDocumentVersion) {
        if (revokedAt != null) {
            return Standing.REVOKED;
        }
        if (usedAt != null) {
            return Standing.USED;
        }
        if (!now.isBefore(expiresAt)) {
            return Standing.EXPIRED;
        }
        return documentVersion.equals(currentDocumentVersion) ? Standing.USABLE : Standing.OUTDATED;
    }

    /** The customer opened it: the first opening is kept (a page shown again changes nothing). */
    public CustomerLink opened(Instant now) {
        return openedAt != null ? this : new CustomerLink(linkId, opportunityId, act, documentVersion, documentSha256,
                issuedAt, expiresAt, issuedBy, now, usedAt, revokedAt);
    }

    /** The customer's act through the link; refused, naming why, unless the link is usable. */
    public CustomerLink used(Instant now, String currentDocumentVersion) {
        switch (standing(now, currentDocumentVersion)) {
            case REVOKED -> throw DomainRuleViolation.conflict("link-revoked", "this link was withdrawn");
            case USED -> throw DomainRuleViolation.conflict("link-used", "this link has been used already");
            case EXPIRED -> throw DomainRuleViolation.conflict("link-expired", "this link expired at " + expiresAt);
            case OUTDATED -> throw DomainRuleViolation.conflict("link-outdated", "the document changed since this link "
                    + "was sent (" + documentVersion + ", now " + currentDocumentVersion + "): ask for a new link");
            default -> {
            }
        }
        return new CustomerLink(linkId, opportunityId, act, documentVersion, documentSha256, issuedAt, expiresAt,
                issuedBy, openedAt == null ? now : openedAt, now, revokedAt);
    }

    /** Staff withdraw it; a link already used stays used. */
    public CustomerLink revoked(Instant now) {
        if (usedAt != null) {
            throw DomainRuleViolation.conflict("link-used", "this link has been used already: nothing to withdraw");
        }
        return revokedAt != null ? this : new CustomerLink(linkId, opportunityId, act, documentVersion, documentSha256,
                issuedAt, expiresAt, issuedBy, openedAt, usedAt, now);
    }

    /** Unused and not withdrawn before its expiry: the act is still awaited (an overdue signal past expiry). */
    public boolean awaited() {
        return usedAt == null && revokedAt == null;
    }
}
