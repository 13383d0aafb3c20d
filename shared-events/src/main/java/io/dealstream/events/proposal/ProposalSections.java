package io.dealstream.events.proposal;

import io.dealstream.events.Nullable;
import io.dealstream.events.common.Quote;
import java.util.List;

/**
 * The five parts of a proposal, in their order: pain restatement, solution, implementation path,
 * quantified value, quote breakdown. A draft may still miss parts; presenting needs all five.
 */
public record ProposalSections(
        @Nullable String painRestatement,
        @Nullable String solution,
        @Nullable String implementationPath,
        List<ValueMetric> valueQuantification,
        @Nullable Quote quote) {
}
