package io.dealstream.events.delivery;

import java.util.UUID;

/** The customer joined the industry community. */
public record CommunityJoined(UUID accountId, String community) implements DeliveryEvent {
}
