package io.dealstream.eventstore.testing;

import io.dealstream.eventstore.time.SimulatedClock;

/** The clock service tests move forward (deadlines) and reset afterwards: the same one the demo moves. */
public final class MutableClock extends SimulatedClock {
}
