package io.dealstream.events.deal;

import io.dealstream.events.DomainEvent;

/** Events of deal-service (stage 5), published on {@code dealstream.deal.events}. */
public sealed interface DealEvent extends DomainEvent permits NegotiationOpened, NegotiationPrepared,
        NegotiationRoundHeld, MeetingMinutesSigned, BottomLinesChanged, BottomLineExceptionRequested, BottomLineExceptionApproved,
        BottomLineExceptionRejected, ContractDrafted, ContractReviewed, ContractSentForConfirmation, ContractSigned,
        OrderConfirmed, DealLost, NegotiationScenarioChanged, ContractQuestionRaised,
        ContractQuestionAnswered, ContractQuestionOverdue, ContractChangeRequested, NegotiationRehearsed, DealLinkSent,
        DealLinkOpened, DealLinkUsed, DealLinkRevoked, DealLinkExpired {
}
