package io.dealstream.events.proposal;

import jakarta.validation.constraints.Min;

/** An internal rehearsal (two are required before presenting). */
public record ProposalRehearsed(@Min(1) int rehearsalNumber, String notes) implements ProposalEvent {
}
