package io.dealstream.eventstore.links;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The configured signer of customer links, their lifetime and the public address a link starts with. */
@ApplicationScoped
public class LinkSettings {

    /** The development key in the shared configuration: refused outside dev and test (SecretsGuard). */
    public static final String DEV_SIGNING_KEY = "ZGVhbHN0cmVhbS1kZXYtbGluay1zaWduaW5nLWtleS0zMmJ5dGVz";

    private final LinkSigner signer;
    private final Duration lifetime;
    private final String publicUrl;

    public LinkSettings(@ConfigProperty(name = "dealstream.links.signing-key") String signingKey,
            @ConfigProperty(name = "dealstream.links.lifetime") Duration lifetime,
            @ConfigProperty(name = "dealstream.links.public-url") String publicUrl) {
        this.signer = new LinkSigner(Base64.getDecoder().decode(signingKey.strip()));
        this.lifetime = lifetime;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    public LinkSigner signer() {
        return signer;
    }

    public Duration lifetime() {
        return lifetime;
    }

    /** The address the customer opens: the public URL of this service's {@code /links/{token}}. */
    public String url(UUID linkId) {
        return publicUrl + "/links/" + signer.token(linkId);
    }
}
