package io.dealstream.events.lead;

/** How the first contact or a follow-up was made. */
public enum ContactVia {
    PHONE,
    EMAIL,
    SOCIAL_DM
}
