package io.dealstream.events.delivery;

import io.dealstream.events.Nullable;
import java.time.LocalDate;
import java.util.UUID;

/**
 * News or an event for an industry community's members (appended to the community's own stream, {@code
 * communityId}): the third part of deepening the relationship, beside upsells and referrals.
 */
public record CommunityNewsPublished(UUID communityId, String community, Kind kind, String title, String text,
        @Nullable LocalDate eventDate) implements DeliveryEvent {

    public enum Kind {
        NEWS,
        EVENT
    }
}
