package io.dealstream.events.lead;

/** Where a lead came from: three online and three offline channels. */
public enum Channel {
    WEBSITE_FORM,
    WHITEPAPER,
    SOCIAL_DM,
    TRADE_SHOW,
    ASSOCIATION_EVENT,
    REFERRAL
}
