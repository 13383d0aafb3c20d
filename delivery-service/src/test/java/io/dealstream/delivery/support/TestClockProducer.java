package io.dealstream.delivery.support;

import io.dealstream.eventstore.testing.MutableClock;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Tests run on a clock they can move, so deadlines pass without waiting. */
public class TestClockProducer {

    static final MutableClock CLOCK = new MutableClock();

    @Produces
    @Singleton
    @Alternative
    @Priority(1)
    Clock clock() {
        return CLOCK;
    }

    @Produces
    @Singleton
    MutableClock mutableClock() {
        return CLOCK;
    }
}
