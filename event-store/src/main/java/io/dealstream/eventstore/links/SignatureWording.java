package io.dealstream.eventstore.links;

import io.dealstream.events.common.Signature;
import io.quarkus.qute.TemplateExtension;

/**
 * How a signature is put on every printed document: through a link with its evidence, or recorded by staff. In the
 * services' Qute templates: {@code s.how}.
 */
@TemplateExtension
public final class SignatureWording {

    private SignatureWording() {
    }

    public static String how(Signature s) {
        if (s.link() != null) {
            return "signed by the customer through a link (link " + s.link().linkId() + ", document "
                    + s.link().documentVersion() + ", SHA-256 " + s.link().documentSha256() + ")";
        }
        if (s.method() == Signature.Method.PAPER) {
            return "paper signature recorded by staff" + (s.documentRef() == null ? "" : " (" + s.documentRef() + ")");
        }
        return s.side() == Signature.Side.CUSTOMER ? "typed in by staff (recorded before customer links)"
                : "signed electronically by our signatory";
    }
}
