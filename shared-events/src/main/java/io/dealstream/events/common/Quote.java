package io.dealstream.events.common;

import java.math.BigDecimal;
import java.util.List;

/** A quote breakdown: lines, currency, and the total (the exact sum of quantity x unit price). */
public record Quote(List<QuoteLine> lines, String currency, BigDecimal total) {
}
