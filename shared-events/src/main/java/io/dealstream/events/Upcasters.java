package io.dealstream.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;

/** The contract's own upcasters: every older schema version of an event still reads as the current one. */
public final class Upcasters {

    /** OrderConfirmed v1 -> v2: subtotal = the items' exact sum, discount = subtotal - total. */
    public static final Upcaster ORDER_CONFIRMED_V1 = new Upcaster() {
        @Override
        public String eventType() {
            return "OrderConfirmed";
        }

        @Override
        public int fromVersion() {
            return 1;
        }

        @Override
        public ObjectNode upcast(ObjectNode payload) {
            BigDecimal subtotal = BigDecimal.ZERO;
            for (JsonNode item : payload.path("items")) {
                subtotal = subtotal.add(new BigDecimal(item.path("quantity").asText("0"))
                        .multiply(new BigDecimal(item.path("unitPrice").asText("0"))));
            }
            JsonNode total = payload.path("total");
            String currency = total.path("currency").asText();
            BigDecimal discount = subtotal.subtract(new BigDecimal(total.path("amount").asText("0")));
            payload.set("subtotal", money(payload, subtotal, currency));
            payload.set("discount", money(payload, discount, currency));
            return payload;
        }

        private ObjectNode money(ObjectNode payload, BigDecimal amount, String currency) {
            return payload.objectNode().put("amount", amount.toPlainString()).put("currency", currency);
        }
    };

    public static final List<Upcaster> BUILT_IN = List.of(ORDER_CONFIRMED_V1);

    private Upcasters() {
    }
}
