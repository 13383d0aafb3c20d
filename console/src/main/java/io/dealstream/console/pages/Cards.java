package io.dealstream.console.pages;

import io.dealstream.console.services.PipelineApi.Opportunity;
import java.math.BigDecimal;
import java.time.Instant;

/** An opportunity as the board and the work list show it. */
public record Cards(Opportunity o, String value, String deadline, String due, boolean overdue) {

    public static Cards of(Opportunity o, Instant now) {
        String value = o.value() == null ? "" : money(o.value()) + " " + (o.currency() == null ? "" : o.currency());
        return new Cards(o, value.strip(), Times.words(o.nextDeadlineKind()),
                o.nextDeadlineAt() == null ? "" : Times.minute(o.nextDeadlineAt()) + " (" + Times.relative(o.nextDeadlineAt(), now) + ")",
                o.overdue() || (o.nextDeadlineAt() != null && o.nextDeadlineAt().isBefore(now)));
    }

    /** The customer's name, or, where the pipeline has none yet (or it was erased), the opportunity's short id. */
    public String name() {
        return o.customerName() == null || o.customerName().isBlank()
                ? "Opportunity " + o.opportunityId().toString().substring(0, 8) : o.customerName();
    }

    private static String money(BigDecimal amount) {
        return String.format(java.util.Locale.ROOT, "%,.2f", amount);
    }
}
