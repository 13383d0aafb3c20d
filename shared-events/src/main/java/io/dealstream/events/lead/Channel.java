package io.dealstream.events.lead;

/**
 * Where a lead came from: three online and three offline channels of the SOP, plus EXISTING_CUSTOMER
 * for the repeat purchase or upsell that after-sales identifies.
 */
public enum Channel {
    WEBSITE_FORM,
    WHITEPAPER,
    SOCIAL_DM,
    TRADE_SHOW,
    ASSOCIATION_EVENT,
    REFERRAL,
    EXISTING_CUSTOMER
}
