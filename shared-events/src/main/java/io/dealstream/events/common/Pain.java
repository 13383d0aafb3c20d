package io.dealstream.events.common;

import jakarta.validation.constraints.Min;

/** A customer pain, ranked (1 = most important), with the scenario in which it hurts. */
public record Pain(@Min(1) int rank, String description, String scenario) {
}
