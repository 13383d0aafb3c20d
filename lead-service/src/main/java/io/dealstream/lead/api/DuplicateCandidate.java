package io.dealstream.lead.api;

import java.util.UUID;

/** An existing lead or account that looks like the same customer, and why. */
public record DuplicateCandidate(String kind, UUID id, String customerName, String matchedOn) {
}
