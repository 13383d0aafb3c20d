package io.dealstream.events.lead;

/** Industry cases or product material pushed to a lead in the nurture pool. */
public record NurtureMaterialSent(String material, String channel) implements LeadEvent {
}
