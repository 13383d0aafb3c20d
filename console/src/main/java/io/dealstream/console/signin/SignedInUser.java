package io.dealstream.console.signin;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who is signed in for this request, from either sign-in (the OIDC session in production, the dev picker's
 * cookie in dev and test): name, roles, and the bearer token the console forwards to the services. The
 * services decide what the token may do; the console uses the roles only to offer what they would allow.
 */
@RequestScoped
@Named("me")
public class SignedInUser {

    @Inject
    SecurityIdentity identity;

    public boolean isSignedIn() {
        return !identity.isAnonymous() && token() != null;
    }

    public String name() {
        return identity.isAnonymous() ? "" : identity.getPrincipal().getName();
    }

    /** The roles, sorted, e.g. [manager, sales]. */
    public Set<String> roles() {
        return new TreeSet<>(identity.getRoles());
    }

    public boolean has(String role) {
        return identity.hasRole(role) || identity.hasRole("admin");
    }

    /** Whether any of the roles an operation names is one of this user's (admin may do everything). */
    public boolean mayAny(java.util.Collection<String> roles) {
        return roles.isEmpty() || roles.stream().anyMatch(this::has);
    }

    public String rolesText() {
        return String.join(", ", roles());
    }

    /** Sales staff and their managers capture leads and register accounts. */
    public boolean mayCapture() {
        return has("sales") || has("manager");
    }

    public boolean isManager() {
        return has("manager");
    }

    public boolean isLegal() {
        return has("legal");
    }


    /** The access token for the services, or null. */
    public String token() {
        DevToken dev = identity.getCredential(DevToken.class);
        if (dev != null) {
            return dev.token();
        }
        AccessTokenCredential oidc = identity.getCredential(AccessTokenCredential.class);
        return oidc == null ? null : oidc.getToken();
    }
}
