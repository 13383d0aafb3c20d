package io.dealstream.events.deal;

import io.dealstream.events.Nullable;

/** A review finding on a clause; legal may override it with a reason. */
public record ContractFinding(String clause, Kind kind, String text, @Nullable String overrideReason) {

    public enum Kind {
        VAGUE_WORDING,
        MISSING_CLAUSE,
        IMBALANCED_OBLIGATION,
        OTHER
    }
}
