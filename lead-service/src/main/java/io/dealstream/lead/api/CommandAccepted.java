package io.dealstream.lead.api;

import java.util.List;
import java.util.UUID;

/** The answer to a command: the resource, its new stream version (also the ETag), the events it caused. */
public record CommandAccepted(UUID id, long streamVersion, List<String> events, List<DuplicateCandidate> possibleDuplicates) {
}
