package io.dealstream.events.common;

import java.math.BigDecimal;

/** One line of a quote breakdown. */
public record QuoteLine(String item, BigDecimal quantity, BigDecimal unitPrice) {
}
