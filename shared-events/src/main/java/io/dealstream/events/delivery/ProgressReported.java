package io.dealstream.events.delivery;

import jakarta.validation.constraints.Min;
import java.util.List;

/** The weekly progress report to the customer. */
public record ProgressReported(@Min(1) int week, String summary, List<DeliveryIssue> issues)
        implements DeliveryEvent {
}
