package io.dealstream.events.needs;

import io.dealstream.events.common.Scenario;

/** The opportunity's scenario changed in lead-service (ScenarioChanged); the needs research follows it. */
public record NeedsScenarioChanged(Scenario scenario, Scenario previous, String changedBy, String reason) implements NeedsEvent {
}
