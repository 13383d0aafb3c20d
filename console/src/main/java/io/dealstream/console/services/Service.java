package io.dealstream.console.services;

import java.util.Arrays;

/** The services the console uses, each with its REST client configuration key and its opportunity collection. */
public enum Service {
    LEAD("lead", "/leads", "Lead"),
    NEEDS("needs", "/needs", "Needs"),
    PROPOSAL("proposal", "/proposals", "Proposal"),
    DEAL("deal", "/deals", "Negotiation & contract"),
    DELIVERY("delivery", "/deliveries", "Delivery & after-sales"),
    PIPELINE("pipeline", "/pipeline/opportunities", "Pipeline");

    private final String key;
    private final String collection;
    private final String title;

    Service(String key, String collection, String title) {
        this.key = key;
        this.collection = collection;
        this.title = title;
    }

    /** The REST client configuration key ({@code quarkus.rest-client.<key>.url}) and the name in console URLs. */
    public String key() {
        return key;
    }

    /** Where an opportunity's record lives, e.g. {@code /deals} (then {@code /deals/{id}}). */
    public String collection() {
        return collection;
    }

    public String title() {
        return title;
    }

    /** The five stage services, in the order an opportunity passes them. */
    public static Service[] stages() {
        return Arrays.copyOf(values(), 5);
    }

    public static Service byKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst()
                .orElseThrow(() -> new jakarta.ws.rs.NotFoundException("no service " + key));
    }
}
