package io.dealstream.console.signin;

import io.quarkus.runtime.configuration.ConfigUtils;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The dev and test sign-in: a picker of users whose tokens the console mints with the dev key. It is on only
 * when configured AND the active profile is dev or test, so a production console can never mint a token
 * (and holds no key to mint one with).
 */
@ApplicationScoped
public class DevSignIn {

    public static final String COOKIE = "dealstream-dev-token";

    /** The users to pick from and their roles: one of each kind of staff the services know. */
    public static final Map<String, List<String>> USERS = new LinkedHashMap<>();

    static {
        USERS.put("alice", List.of("sales"));
        USERS.put("bruno", List.of("sales"));
        USERS.put("maria", List.of("manager", "sales"));
        USERS.put("lara", List.of("legal"));
        USERS.put("dan", List.of("delivery"));
        USERS.put("root", List.of("admin"));
    }

    private static final Logger LOG = Logger.getLogger(DevSignIn.class);
    private final boolean enabled;

    public DevSignIn(@ConfigProperty(name = "dealstream.console.dev-sign-in", defaultValue = "false") boolean configured,
            @ConfigProperty(name = "smallrye.jwt.sign.key.location") Optional<String> key) {
        this.enabled = allowed(configured, key.isPresent(), ConfigUtils.getProfiles());
        if (configured && !enabled) {
            LOG.warnf("dev sign-in is configured but off: it needs the dev or test profile (active: %s) and "
                    + "DEV_SIGNING_KEY_LOCATION", ConfigUtils.getProfiles());
        }
    }

    /** On only when configured, with a key to sign with, and the active profiles include dev or test. */
    static boolean allowed(boolean configured, boolean hasKey, List<String> profiles) {
        return configured && hasKey && (profiles.contains("dev") || profiles.contains("test"));
    }

    public boolean enabled() {
        return enabled;
    }

    /** A token for one of {@link #USERS}; null for anyone else. */
    public String mint(String user) {
        if (!enabled) {
            throw new IllegalStateException("dev sign-in is off");
        }
        List<String> roles = USERS.get(user);
        return roles == null ? null : Jwt.upn(user).subject(user).groups(Set.copyOf(roles)).sign();
    }
}
