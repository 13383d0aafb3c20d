package io.dealstream.events.delivery;

import io.dealstream.events.common.LinkEvidence;
import io.dealstream.events.privacy.PersonalData;
import io.dealstream.events.Nullable;
import jakarta.validation.constraints.Min;
import java.time.Instant;

/**
 * The satisfaction evaluation (template), due one month after acceptance and taken no earlier than the
 * configured minimum after it (after real use). The four scores are on a 1..{@code scaleMax} scale (the
 * SOP's 1-5 by default, configuration like every SOP number; absent on events stored before it was
 * recorded, which are 1-5). {@code surveyedAt} is the server's time. {@code respondent} and {@code evidence}: the
 * customer answered themselves, through the link sent for the survey (absent: recorded by staff).
 */
public record SatisfactionSurveyed(
        @Min(1) int serviceQuality,
        @Min(1) int solutionEffect,
        @Min(1) int responseSpeed,
        @Min(1) int teamwork,
        Overall overall,
        @Nullable String suggestions,
        @Nullable @Min(2) Integer scaleMax,
        @Nullable Instant surveyedAt,
        @Nullable @PersonalData String respondent,
        @Nullable LinkEvidence evidence) implements DeliveryEvent {

    public SatisfactionSurveyed(int serviceQuality, int solutionEffect, int responseSpeed, int teamwork,
            Overall overall, String suggestions, Integer scaleMax, Instant surveyedAt) {
        this(serviceQuality, solutionEffect, responseSpeed, teamwork, overall, suggestions, scaleMax, surveyedAt, null,
                null);
    }

    public enum Overall {
        SATISFIED,
        NEUTRAL,
        DISSATISFIED
    }
}
