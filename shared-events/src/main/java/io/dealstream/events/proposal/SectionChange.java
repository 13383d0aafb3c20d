package io.dealstream.events.proposal;

/** One marked change of a revision. */
public record SectionChange(String section, String before, String after) {
}
