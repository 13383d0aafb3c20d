package io.dealstream.events.common;

import io.dealstream.events.Nullable;

/** A classified requirement; a MUST names the rank of the pain it solves. */
public record Requirement(String id, String text, Priority priority, @Nullable Integer painRank) {
}
