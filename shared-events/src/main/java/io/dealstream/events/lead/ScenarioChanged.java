package io.dealstream.events.lead;

import io.dealstream.events.common.Scenario;

/**
 * A manager changed the opportunity's scenario after capture (e.g. flagged it KEY_ACCOUNT): needs-,
 * proposal- and deal-service follow it, so approvals and the expected negotiation rounds change with it.
 */
public record ScenarioChanged(Scenario scenario, Scenario previous, String changedBy, String reason)
        implements LeadEvent {
}
