package io.dealstream.events.common;

import java.math.BigDecimal;

/** An exact amount (a decimal string on the wire) in an ISO 4217 currency. */
public record Money(BigDecimal amount, String currency) {
}
