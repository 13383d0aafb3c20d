package io.dealstream.events.deal;

import io.dealstream.events.common.Scenario;

/** The opportunity's scenario changed in lead-service (ScenarioChanged); the negotiation follows it. */
public record NegotiationScenarioChanged(Scenario scenario, Scenario previous, String changedBy, String reason) implements DealEvent {
}
