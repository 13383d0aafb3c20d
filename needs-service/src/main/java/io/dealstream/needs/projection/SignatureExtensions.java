package io.dealstream.needs.projection;

import io.dealstream.events.common.Signature;
import io.dealstream.eventstore.links.SignatureWording;
import io.quarkus.qute.TemplateExtension;

/** {@code s.how} in the printed report: through a link with its evidence, or recorded by staff. */
@TemplateExtension
final class SignatureExtensions {

    private SignatureExtensions() {
    }

    static String how(Signature signature) {
        return SignatureWording.how(signature);
    }
}
