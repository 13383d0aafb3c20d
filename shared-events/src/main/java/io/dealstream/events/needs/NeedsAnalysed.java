package io.dealstream.events.needs;

import io.dealstream.events.Nullable;
import io.dealstream.events.common.BudgetRange;
import io.dealstream.events.common.DecisionProcess;
import io.dealstream.events.common.Pain;
import java.util.List;

/** The needs analysis report (the template): method, state, ranked pains, goals, budget, decision process. */
public record NeedsAnalysed(
        Method method,
        String currentState,
        List<Pain> pains,
        List<String> goals,
        @Nullable BudgetRange budgetRange,
        DecisionProcess decisionProcess) implements NeedsEvent {

    public enum Method {
        MEETING,
        QUESTIONNAIRE,
        INTERVIEW
    }
}
