package io.dealstream.delivery.domain;

import java.time.Duration;
import java.time.Period;
import java.util.Objects;

/**
 * The stage-6 numbers the rules depend on, configuration with the SOP's values as defaults: a progress
 * report every week of the plan, the survey no earlier than three weeks after acceptance (after real use;
 * due at one month, a deadline kept by the projector), scores on a 1-5 scale.
 */
public record DeliveryRules(Duration progressEvery, Period surveyEarliest, int scoreMax) {

    public static final DeliveryRules SOP = new DeliveryRules(Duration.ofDays(7), Period.ofWeeks(3), 5);

    public DeliveryRules {
        Objects.requireNonNull(progressEvery);
        Objects.requireNonNull(surveyEarliest);
        if (progressEvery.isNegative() || progressEvery.isZero()) {
            throw new IllegalArgumentException("the progress interval must be positive: " + progressEvery);
        }
        if (scoreMax < 2) {
            throw new IllegalArgumentException("a score scale runs from 1 to at least 2: " + scoreMax);
        }
    }
}
