package io.dealstream.eventstore.http;

/** The roles a bearer token carries in its {@code groups} claim. */
public final class Roles {
    public static final String SALES = "sales";
    public static final String MANAGER = "manager";
    public static final String LEGAL = "legal";
    public static final String DELIVERY = "delivery";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
