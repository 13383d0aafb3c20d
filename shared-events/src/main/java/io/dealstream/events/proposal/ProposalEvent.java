package io.dealstream.events.proposal;

import io.dealstream.events.DomainEvent;

/** Events of proposal-service (stages 3 and 4), published on {@code dealstream.proposal.events}. */
public sealed interface ProposalEvent extends DomainEvent permits ProposalDrafted, ProposalRehearsed,
        ProposalPresented, ObjectionRaised, ObjectionAnswered, ObjectionResolved, ObjectionResponseOverdue,
        TrustMaterialShared, ProposalRevised, ProposalRevisionConfirmed, ProposalAccepted, ProposalRejected,
        ProposalScenarioChanged, QuestionRaised, QuestionAnswered, QuestionAnswerOverdue, ProposalLinkSent,
        ProposalLinkOpened, ProposalLinkUsed, ProposalLinkRevoked, ProposalLinkExpired {
}
