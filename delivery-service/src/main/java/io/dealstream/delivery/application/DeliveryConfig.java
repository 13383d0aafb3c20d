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

    /** The survey comes after real use: not earlier than three weeks after acceptance. */
    @WithDefault("P21D")
    Period surveyEarliest();

    /** The satisfaction scores' scale, 1 to this (the SOP's 1-5). */
    @WithDefault("5")
    int scoreMax();

    /** The rules the decider applies, from this configuration. */
    default io.dealstream.delivery.domain.DeliveryRules rules() {
        return new io.dealstream.delivery.domain.DeliveryRules(progressEvery(), surveyEarliest(), scoreMax());
    }
}
