package io.dealstream.localstack.demo;

import io.dealstream.events.Stage;
import java.io.IOException;
import java.time.Instant;
import java.util.List;

/**
 * One act of an opportunity's life at a simulated time; running it returns what follows. A step may first need a
 * hand-over through Kafka to arrive ({@code awaitStage}, {@code awaitPath}): the simulation waits for it before the
 * clock moves on, so the next service receives it at the time it happened.
 */
record Step(Journey journey, Instant at, Act act, Stage awaitStage, String awaitPath) {

    @FunctionalInterface
    interface Act {
        List<Step> run(Instant now) throws IOException, InterruptedException;
    }
}
