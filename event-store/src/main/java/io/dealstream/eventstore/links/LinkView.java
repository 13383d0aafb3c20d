package io.dealstream.eventstore.links;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.dealstream.eventstore.CustomerLinkRows;
import java.time.Instant;
import java.util.UUID;

/**
 * A link as staff see it: what it is for, its address (to copy into any channel), and where it stands. {@code mail}:
 * how the mail went, in the reply to sending it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LinkView(UUID linkId, String act, String url, String sentBy, Instant sentAt, Instant expiresAt,
        Instant openedAt, Instant usedAt, Instant revokedAt, String state, LinkMail.Delivery mail) {

    public static LinkView of(CustomerLinkRows.Row row, LinkSettings settings, Instant now, LinkMail.Delivery mail) {
        String state = row.revokedAt() != null ? "REVOKED" : row.usedAt() != null ? "USED"
                : !now.isBefore(row.expiresAt()) ? "EXPIRED" : row.openedAt() != null ? "OPENED" : "SENT";
        return new LinkView(row.linkId(), row.act(), settings.url(row.linkId()), row.sentBy(), row.sentAt(),
                row.expiresAt(), row.openedAt(), row.usedAt(), row.revokedAt(), state, mail);
    }
}
