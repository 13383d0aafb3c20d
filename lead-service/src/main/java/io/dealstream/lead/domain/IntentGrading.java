package io.dealstream.lead.domain;

import io.dealstream.events.common.BudgetRange;
import io.dealstream.events.lead.Intent;
import io.dealstream.events.lead.Tier;

/** The SOP's grading rule: need + budget = HIGH, need without budget = MEDIUM, no clear need = LOW. */
public final class IntentGrading {

    private IntentGrading() {
    }

    public static Intent grade(boolean needStated, BudgetRange budget) {
        if (!needStated) {
            return Intent.LOW;
        }
        return hasBudget(budget) ? Intent.HIGH : Intent.MEDIUM;
    }

    /** A budget counts when at least one bound is given. */
    public static boolean hasBudget(BudgetRange budget) {
        return budget != null && (budget.min() != null || budget.max() != null);
    }

    public static String reason(boolean needStated, BudgetRange budget) {
        return switch (grade(needStated, budget)) {
            case HIGH -> "clear need and a budget";
            case MEDIUM -> "need stated, budget not confirmed";
            case LOW -> "aware of us only, no clear need";
        };
    }

    /** Screening puts each grade in the tier of the same name. */
    public static Tier tierOf(Intent intent) {
        return Tier.valueOf(intent.name());
    }

    static LeadStatus statusOf(Tier tier) {
        return switch (tier) {
            case HIGH -> LeadStatus.QUALIFIED;
            case MEDIUM -> LeadStatus.NURTURING;
            case LOW -> LeadStatus.DEFERRED;
        };
    }
}
