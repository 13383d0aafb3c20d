package io.dealstream.events.deal;

/** An internal rehearsal of the negotiation (its strategy, concessions and responses), before the rounds. */
public record NegotiationRehearsed(int rehearsal, String notes) implements DealEvent {
}
