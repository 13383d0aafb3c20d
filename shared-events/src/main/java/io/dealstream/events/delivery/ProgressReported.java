package io.dealstream.events.delivery;

import jakarta.validation.constraints.Min;
import java.util.List;

/**
 * The weekly progress report to the customer. {@code week} is the calendar week of the plan in which it was
 * reported (week 1 = the plan's first seven days, by the server's clock), not a count of reports: a missed
 * week stays missed, and a second report in one week does not cover the next.
 */
public record ProgressReported(@Min(1) int week, String summary, List<DeliveryIssue> issues)
        implements DeliveryEvent {
}
