package io.dealstream.events.proposal;

import io.dealstream.events.common.Scenario;

/** The opportunity's scenario changed in lead-service (ScenarioChanged); the proposal follows it. */
public record ProposalScenarioChanged(Scenario scenario, Scenario previous, String changedBy, String reason) implements ProposalEvent {
}
