package io.dealstream.events.needs;

import io.dealstream.events.Nullable;
import io.dealstream.events.common.LinkEvidence;
import java.util.List;

/**
 * The customer disputed the report; the analysis reopens. {@code evidence}: the customer disputed it themselves,
 * through the link sent for the confirmation (absent: recorded by staff).
 */
public record NeedsConfirmationDisputed(String disputedBy, List<String> points, @Nullable LinkEvidence evidence)
        implements NeedsEvent {

    public NeedsConfirmationDisputed(String disputedBy, List<String> points) {
        this(disputedBy, points, null);
    }
}
