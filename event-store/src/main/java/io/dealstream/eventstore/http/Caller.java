package io.dealstream.eventstore.http;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

/**
 * Who calls: the authenticated principal of the bearer token. A command's {@code actor} comes from here,
 * never from the request body.
 */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;

    public Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The principal's name (upn, preferred_username or sub of the token). */
    public String actor() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role) || identity.hasRole(Roles.ADMIN);
    }
}
