package io.dealstream.events.proposal;

import io.dealstream.events.Nullable;
import io.dealstream.events.common.Quote;
import java.util.List;

/**
 * The five parts of a proposal, in their order: pain restatement, solution, implementation path,
 * quantified value, quote breakdown. A draft may still miss parts; presenting needs all five. Beside them:
 * {@code risks}, the solution's weaknesses and risks, stated openly (the transparency rule; required to
 * present), {@code customParts}, what is built for this customer (required for a KEY_ACCOUNT), and the deck's
 * {@code attachments} (charts, case screenshots) by their document references.
 */
public record ProposalSections(
        @Nullable String painRestatement,
        @Nullable String solution,
        @Nullable String implementationPath,
        List<ValueMetric> valueQuantification,
        @Nullable Quote quote,
        @Nullable List<String> risks,
        @Nullable List<String> customParts,
        @Nullable List<Attachment> attachments) {

    public ProposalSections(String painRestatement, String solution, String implementationPath,
            List<ValueMetric> valueQuantification, Quote quote) {
        this(painRestatement, solution, implementationPath, valueQuantification, quote, null, null, null);
    }

    public ProposalSections(String painRestatement, String solution, String implementationPath,
            List<ValueMetric> valueQuantification, Quote quote, List<String> risks, List<String> customParts) {
        this(painRestatement, solution, implementationPath, valueQuantification, quote, risks, customParts, null);
    }
}
