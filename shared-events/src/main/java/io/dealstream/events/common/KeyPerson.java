package io.dealstream.events.common;

import io.dealstream.events.Nullable;
import io.dealstream.events.privacy.PersonalData;

/**
 * A person in the customer's decision process (personal data: erasable), with their preferences (what they
 * care about: price, service, risk, ...), recorded at once and used in the proposal.
 */
public record KeyPerson(@PersonalData String name, String role, Influence influence, @Nullable String preferences) {

    public KeyPerson(String name, String role, Influence influence) {
        this(name, role, influence, null);
    }

    public enum Influence {
        DECIDER,
        INFLUENCER,
        USER,
        GATEKEEPER
    }
}
