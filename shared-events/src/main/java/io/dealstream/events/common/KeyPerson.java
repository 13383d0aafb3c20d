package io.dealstream.events.common;

import io.dealstream.events.privacy.PersonalData;

/** A person in the customer's decision process (personal data: erasable). */
public record KeyPerson(@PersonalData String name, String role, Influence influence) {

    public enum Influence {
        DECIDER,
        INFLUENCER,
        USER,
        GATEKEEPER
    }
}
