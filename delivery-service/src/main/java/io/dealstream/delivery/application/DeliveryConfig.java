package io.dealstream.delivery.application;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.Period;

/** Stage-6 deadlines, with the SOP's numbers as defaults. */
@ConfigMapping(prefix = "dealstream.delivery")
public interface DeliveryConfig {

    /** A progress report is due every week while delivering. */
    @WithDefault("P7D")
    Duration progressEvery();

    /** The first callback within 3 days of acceptance. */
    @WithDefault("P3D")
    Duration callbackWithin();

    /** The satisfaction survey one month after acceptance. */
    @WithDefault("P1M")
    Period surveyAfter();
}
