package io.dealstream.events.needs;

import java.util.List;

/** The research outline: background reading and the question list. */
public record ResearchOutlinePrepared(String backgroundNotes, List<ResearchQuestion> questions) implements NeedsEvent {
}
