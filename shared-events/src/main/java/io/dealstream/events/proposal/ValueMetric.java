package io.dealstream.events.proposal;

import java.math.BigDecimal;

/** Quantified value, e.g. operating cost 100 -> 70 (unit: kEUR/month). */
public record ValueMetric(String metric, BigDecimal baseline, BigDecimal expected, String unit) {
}
