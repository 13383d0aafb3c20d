package io.dealstream.events.delivery;

import io.dealstream.events.DomainEvent;

/** Events of delivery-service (stage 6), published on {@code dealstream.delivery.events}. */
public sealed interface DeliveryEvent extends DomainEvent permits DeliveryOpened, DeliveryPlanned, ProgressReported,
        ProgressReportOverdue, MilestoneCompleted, AcceptanceSigned, CallbackCompleted, CallbackOverdue,
        MaintenanceLogged, SatisfactionSurveyed, SurveyOverdue, UpsellIdentified, ReferralReceived,
        CommunityJoined, MaintenanceOverdue, CommunityNewsPublished, DeliveryLinkSent, DeliveryLinkOpened, DeliveryLinkUsed,
        DeliveryLinkRevoked, DeliveryLinkExpired {
}
