package io.dealstream.events.lead;

import io.dealstream.events.DomainEvent;

/** Events of lead-service, published on {@code dealstream.lead.events}. */
public sealed interface LeadEvent extends DomainEvent permits AccountRegistered, LeadCaptured, FirstContactLogged,
        LeadQualified, NurtureMaterialSent, FollowUpLogged, FollowUpOverdue, LeadReactivated, LeadDisqualified,
        LeadsMerged, ScenarioChanged, PersonalDataErased {
}
