package io.dealstream.deal.domain;

import static io.dealstream.eventstore.domain.DomainRuleViolation.unprocessable;

import io.dealstream.events.common.Money;
import io.dealstream.events.common.Quote;
import io.dealstream.events.common.QuoteLine;
import io.dealstream.events.common.Terms;
import java.math.BigDecimal;
import java.util.List;

/**
 * What an order adds up to, in exact decimals: the lines the price buys (the negotiated lines, else the
 * proposal's quote lines), their sum, the negotiated discount, and the total, which is the agreed price.
 */
public record OrderTotals(List<QuoteLine> items, Money subtotal, Money discount, Money total) {

    /** The order of these terms; a price above the lines' sum or in another currency is refused. */
    public static OrderTotals of(Quote proposalQuote, Terms terms) {
        List<QuoteLine> items = terms.lines() != null && !terms.lines().isEmpty() ? List.copyOf(terms.lines())
                : proposalQuote.lines();
        String currency = terms.price().currency();
        if (!currency.equals(proposalQuote.currency())) {
            throw unprocessable("currency-mismatch", "the price is in " + currency + ", the proposal's quote in "
                    + proposalQuote.currency());
        }
        BigDecimal subtotal = items.stream().map(l -> l.quantity().multiply(l.unitPrice()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal discount = subtotal.subtract(terms.price().amount());
        if (discount.signum() < 0) {
            throw unprocessable("price-above-lines", "the price " + terms.price().amount().toPlainString()
                    + " is above the sum " + subtotal.toPlainString() + " of the lines it buys; list the lines "
                    + "(terms.lines) that the price covers");
        }
        return new OrderTotals(items, new Money(subtotal, currency), new Money(discount, currency), terms.price());
    }
}
