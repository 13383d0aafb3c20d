package io.dealstream.events.common;

/** A person in the customer's decision process (personal data: erasable). */
public record KeyPerson(String name, String role, Influence influence) {

    public enum Influence {
        DECIDER,
        INFLUENCER,
        USER,
        GATEKEEPER
    }
}
