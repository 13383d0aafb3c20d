package io.dealstream.events.needs;

import io.dealstream.events.Nullable;
import io.dealstream.events.common.BudgetRange;
import io.dealstream.events.common.DecisionProcess;
import io.dealstream.events.common.Pain;
import java.time.LocalDate;
import java.util.List;

/**
 * The needs analysis report (the template): research date and method, state, ranked pains, goals, budget,
 * decision process. {@code researchDate} is the day the research took place (the meeting's day for MEETING);
 * absent on reports stored before it was recorded.
 */
public record NeedsAnalysed(
        Method method,
        String currentState,
        List<Pain> pains,
        List<String> goals,
        @Nullable BudgetRange budgetRange,
        DecisionProcess decisionProcess,
        @Nullable LocalDate researchDate) implements NeedsEvent {

    public NeedsAnalysed(Method method, String currentState, List<Pain> pains, List<String> goals,
            BudgetRange budgetRange, DecisionProcess decisionProcess) {
        this(method, currentState, pains, goals, budgetRange, decisionProcess, null);
    }

    public enum Method {
        MEETING,
        QUESTIONNAIRE,
        INTERVIEW
    }
}
