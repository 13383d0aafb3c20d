package io.dealstream.events.needs;

import io.dealstream.events.DomainEvent;

/** Events of needs-service, published on {@code dealstream.needs.events}. */
public sealed interface NeedsEvent extends DomainEvent permits NeedsResearchOpened, ResearchOutlinePrepared,
        DiscoveryMeetingHeld, NeedsAnalysed, RequirementsClassified, NeedsConfirmationSent, NeedsConfirmed,
        NeedsConfirmationDisputed, DeepTalkArranged, DeepTalkOverdue, NeedsScenarioChanged, NeedsHandedToSolutionDesign,
        NeedsLinkSent, NeedsLinkOpened, NeedsLinkUsed, NeedsLinkRevoked, NeedsLinkExpired {
}
