package io.dealstream.events.proposal;

/** How the solution addresses one confirmed requirement (every MUST needs one before presenting). */
public record RequirementCoverage(String requirementId, String how) {
}
