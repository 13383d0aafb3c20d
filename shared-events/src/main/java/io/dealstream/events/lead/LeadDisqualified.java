package io.dealstream.events.lead;

/** The lead leaves the funnel, with the reason. */
public record LeadDisqualified(String reason) implements LeadEvent {
}
