package io.dealstream.events.deal;

import java.time.Instant;

/** The contract went to the customer for a last confirmation. */
public record ContractSentForConfirmation(Instant sentAt) implements DealEvent {
}
