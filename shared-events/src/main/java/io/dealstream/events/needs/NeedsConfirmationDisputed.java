package io.dealstream.events.needs;

import java.util.List;

/** The customer disputed the report; the analysis reopens. */
public record NeedsConfirmationDisputed(String disputedBy, List<String> points) implements NeedsEvent {
}
