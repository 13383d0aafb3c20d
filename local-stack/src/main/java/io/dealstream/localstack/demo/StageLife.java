package io.dealstream.localstack.demo;

import io.dealstream.events.Stage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A stage an opportunity reaches by a hand-over through Kafka: its resource in the next service, and its acts. */
abstract class StageLife {

    final Journey j;
    final String path;
    private final Stage stage;

    StageLife(Journey journey, Stage stage, String collection) {
        this.j = journey;
        this.stage = stage;
        this.path = collection + "/" + journey.id;
    }

    /** The stage's first act, once the hand-over has arrived, some time between {@code min} and {@code max} later. */
    List<Step> arrive(Instant now, Duration min, Duration max, Step.Act first) {
        return Journey.next(j.afterHandOver(now, min, max, stage, path, first));
    }
}
