package io.dealstream.events.lead;

/** A deferred or disqualified lead was brought back for a new screening. */
public record LeadReactivated(Intent previousIntent, String notes) implements LeadEvent {
}
