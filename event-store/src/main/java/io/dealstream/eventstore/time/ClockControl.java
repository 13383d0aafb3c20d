package io.dealstream.eventstore.time;

import java.util.Set;

/**
 * Whether a service runs on a {@link SimulatedClock} that {@code PUT /dev/clock} may move
 * ({@code dealstream.clock.control=true}). Only the dev and test profiles may: a production service's clock is the
 * system clock, always, since every deadline and signature time of the SOP is the server's.
 */
public final class ClockControl {

    public static final String PROPERTY = "dealstream.clock.control";

    /** Why a service outside those profiles may not start with it. */
    public static final String VIOLATION = PROPERTY + " (the demo's simulated clock) is for the dev and test profiles "
            + "only: unset DEALSTREAM_CLOCK_CONTROL";

    private ClockControl() {
    }

    public static boolean allowed(Set<String> profiles) {
        return profiles.contains("dev") || profiles.contains("test");
    }
}
