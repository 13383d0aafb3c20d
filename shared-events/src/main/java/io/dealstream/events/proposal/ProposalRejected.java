package io.dealstream.events.proposal;

/** The customer rejected the proposal (cross-service: lead-service defers the lead). */
public record ProposalRejected(String reason) implements ProposalEvent {
}
