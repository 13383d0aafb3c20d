package io.dealstream.console.signin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

/**
 * Reads the dev sign-in's cookie into the request's identity and sends a visitor without one to the picker.
 * Does nothing when dev sign-in is off (production: the OIDC mechanism signs users in).
 */
@ApplicationScoped
public class DevSignInMechanism implements HttpAuthenticationMechanism {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final DevSignIn devSignIn;

    public DevSignInMechanism(DevSignIn devSignIn) {
        this.devSignIn = devSignIn;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        if (!devSignIn.enabled()) {
            return Uni.createFrom().nullItem();
        }
        Cookie cookie = context.request().getCookie(DevSignIn.COOKIE);
        if (cookie == null) {
            return Uni.createFrom().nullItem();
        }
        return Uni.createFrom().item(() -> identity(cookie.getValue()));
    }

    /** The token's claims as an identity; an unreadable or expired token is no identity (the picker again). */
    static SecurityIdentity identity(String token) {
        try {
            String[] parts = token.split("\\.");
            JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
            if (claims.path("exp").asLong(0) <= Instant.now().getEpochSecond()) {
                return null;
            }
            QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal(claims.path("upn").asText(claims.path("sub").asText())))
                    .addCredential(new DevToken(token));
            claims.path("groups").forEach(g -> identity.addRole(g.asText()));
            return identity.build();
        } catch (Exception unreadable) {
            return null;
        }
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        String then = context.request().uri();
        return Uni.createFrom().item(new ChallengeData(302, "Location",
                "/login?then=" + URLEncoder.encode(then, StandardCharsets.UTF_8)));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of();
    }

    /** Ahead of OIDC when on (its challenge, the picker, is the one a visitor gets); last when off. */
    @Override
    public int getPriority() {
        return devSignIn.enabled() ? 3000 : 0;
    }
}
