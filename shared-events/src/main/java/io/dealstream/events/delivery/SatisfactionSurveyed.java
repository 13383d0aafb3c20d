package io.dealstream.events.delivery;

import io.dealstream.events.Nullable;
import jakarta.validation.constraints.Min;
import java.time.Instant;

/**
 * The satisfaction evaluation (template), due one month after acceptance and taken no earlier than the
 * configured minimum after it (after real use). The four scores are on a 1..{@code scaleMax} scale (the
 * SOP's 1-5 by default, configuration like every SOP number; absent on events stored before it was
 * recorded, which are 1-5). {@code surveyedAt} is the server's time.
 */
public record SatisfactionSurveyed(
        @Min(1) int serviceQuality,
        @Min(1) int solutionEffect,
        @Min(1) int responseSpeed,
        @Min(1) int teamwork,
        Overall overall,
        @Nullable String suggestions,
        @Nullable @Min(2) Integer scaleMax,
        @Nullable Instant surveyedAt) implements DeliveryEvent {

    public enum Overall {
        SATISFIED,
        NEUTRAL,
        DISSATISFIED
    }
}
