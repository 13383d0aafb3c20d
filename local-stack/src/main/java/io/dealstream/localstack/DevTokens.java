package io.dealstream.localstack;

import io.smallrye.jwt.build.Jwt;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;

/**
 * Mints bearer tokens signed with the DEV key pair, which the services trust unless configured with
 * another key ({@code JWT_PUBLIC_KEY_LOCATION}). For local use and tests only: never deploy the dev key.
 * Run: {@code ./mvnw -B -q -pl local-stack exec:java -Dexec.mainClass=io.dealstream.localstack.DevTokens
 * -Dexec.args="alice sales manager"}.
 */
public final class DevTokens {

    public static final String ISSUER = "https://dealstream.io/dev";
    private static final PrivateKey KEY = loadKey();

    private DevTokens() {
    }

    public static String token(String user, String... roles) {
        return Jwt.issuer(ISSUER).upn(user).subject(user).groups(Set.of(roles))
                .expiresIn(Duration.ofHours(12)).sign(KEY);
    }

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: DevTokens <user> <role> [role ...]   roles: sales manager legal delivery admin");
            System.exit(2);
        }
        String[] roles = new String[args.length - 1];
        System.arraycopy(args, 1, roles, 0, roles.length);
        System.out.println(token(args[0], roles));
    }

    private static PrivateKey loadKey() {
        try (InputStream in = DevTokens.class.getClassLoader().getResourceAsStream("dealstream/dev-jwt-private.pem")) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("dev key unreadable", e);
        }
    }
}
