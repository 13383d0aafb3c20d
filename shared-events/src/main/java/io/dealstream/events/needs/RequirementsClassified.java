package io.dealstream.events.needs;

import io.dealstream.events.common.Requirement;
import java.util.List;

/** Each need classed MUST, SHOULD or COULD for the solution design team. */
public record RequirementsClassified(List<Requirement> requirements) implements NeedsEvent {
}
