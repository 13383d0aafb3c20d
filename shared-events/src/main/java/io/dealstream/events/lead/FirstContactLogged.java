package io.dealstream.events.lead;

import io.dealstream.events.Nullable;
import io.dealstream.events.common.BudgetRange;
import java.time.Instant;

/** The first contact: who we are, why we call, and the basic need and budget learned. */
public record FirstContactLogged(
        ContactVia via,
        Instant contactedAt,
        String summary,
        boolean needStated,
        @Nullable BudgetRange budgetRange) implements LeadEvent {
}
