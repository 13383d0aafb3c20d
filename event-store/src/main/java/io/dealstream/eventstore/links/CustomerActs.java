package io.dealstream.eventstore.links;

import io.dealstream.events.common.CustomerAct;
import io.dealstream.events.common.LinkEvidence;
import io.dealstream.eventstore.CustomerLinkRows;
import io.smallrye.mutiny.Uni;
import java.util.List;

/**
 * What a service does for the customer's links it sends: shows the document a link names, and does the customer's
 * act. The public pages ({@link CustomerLinkResource}) are the same in every service; this is the service's part.
 */
public interface CustomerActs {

    /** Who appends what a customer does through a link. */
    String ACTOR = "customer-link";

    /** The page's content for a link: what to do, the document (printable HTML) and the link's standing. */
    record Shown(CustomerAct act, String title, String documentHtml, String documentVersion,
            CustomerLink.Standing standing, String customerName, int scaleMax) {

        /** A link's page without scores to give (every act but the survey). */
        public Shown(CustomerAct act, String title, String documentHtml, String documentVersion,
                CustomerLink.Standing standing, String customerName) {
            this(act, title, documentHtml, documentVersion, standing, customerName, 0);
        }

        /** The hash of exactly what the customer is shown: the evidence names it. */
        public String documentSha256() {
            return LinkSigner.sha256(documentHtml);
        }
    }

    /**
     * What the customer entered on the page. {@code decision}: "sign", "dispute", "ask" (questions on a proposal) or
     * (the survey) "answer"; {@code points}: the corrections or questions, one each; {@code scores}: the survey's four
     * scores in the template's order, {@code overall} and {@code suggestions}; {@code concernType} and
     * {@code concern}: an objection raised on a proposal.
     */
    record Submission(String decision, String name, String role, String typedSignature, List<String> points,
            List<Integer> scores, String overall, String suggestions, String concernType, String concern) {
    }

    /**
     * The link's document and standing at the server's now; the first showing of a usable link records that it
     * was opened.
     */
    Uni<Shown> show(CustomerLinkRows.Row link);

    /** The customer's act, refused with a DomainRuleViolation naming why (used, expired, outdated, ...). */
    Uni<Void> act(CustomerLinkRows.Row link, Submission submission, EvidenceSource source);

    /** Where the act came from; the service computes the document hash into the evidence at the moment of the act. */
    record EvidenceSource(String ipAddress, String userAgent) {
        public LinkEvidence evidence(java.util.UUID linkId, String documentVersion, String documentSha256,
                java.time.Instant at) {
            return new LinkEvidence(linkId, documentVersion, documentSha256, at, ipAddress, userAgent);
        }
    }
}
