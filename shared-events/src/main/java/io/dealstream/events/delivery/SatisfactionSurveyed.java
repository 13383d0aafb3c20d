package io.dealstream.events.delivery;

import io.dealstream.events.Nullable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** The satisfaction evaluation (template), due one month after acceptance. */
public record SatisfactionSurveyed(
        @Min(1) @Max(5) int serviceQuality,
        @Min(1) @Max(5) int solutionEffect,
        @Min(1) @Max(5) int responseSpeed,
        @Min(1) @Max(5) int teamwork,
        Overall overall,
        @Nullable String suggestions) implements DeliveryEvent {

    public enum Overall {
        SATISFIED,
        NEUTRAL,
        DISSATISFIED
    }
}
