package io.dealstream.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dealstream.events.deal.OrderConfirmed;
import io.dealstream.events.lead.LeadDisqualified;
import org.junit.jupiter.api.Test;

class UpcasterTest {

    /** Pretend LeadDisqualified v0 called the field "why". */
    private static final Upcaster WHY_TO_REASON = new Upcaster() {
        @Override
        public String eventType() {
            return "LeadDisqualified";
        }

        @Override
        public int fromVersion() {
            return 0;
        }

        @Override
        public ObjectNode upcast(ObjectNode payload) {
            payload.set("reason", payload.remove("why"));
            return payload;
        }
    };

    @Test
    void olderSchemaVersionIsUpcastBeforeValidation() {
        EventCodec codec = new EventCodec().withUpcaster(WHY_TO_REASON);

        assertThat(codec.decode("LeadDisqualified", 0, "{\"why\":\"no budget this year\"}"))
                .isEqualTo(new LeadDisqualified("no budget this year"));
    }

    @Test
    void olderSchemaVersionWithoutUpcasterIsRejected() {
        assertThatThrownBy(() -> new EventCodec().decode("LeadDisqualified", 0, "{\"why\":\"x\"}"))
                .isInstanceOf(InvalidEventPayload.class)
                .hasMessageContaining("no upcaster");
    }

    @Test
    void aStoredPayloadIsValidatedOnlyWhenItWasUpcast() throws Exception {
        EventCodec codec = new EventCodec().withUpcaster(WHY_TO_REASON);
        var mapper = EventCodec.mapper();
        // current version: validated when it was stored, mapped straight back
        assertThat(codec.decodeStored("LeadDisqualified", 1, mapper.readTree("{\"reason\":\"no budget\"}")))
                .isEqualTo(new LeadDisqualified("no budget"));
        // an upcast payload is checked against the current schema like any foreign one
        assertThatThrownBy(() -> codec.decodeStored("LeadDisqualified", 0, mapper.readTree("{\"because\":\"x\"}")))
                .isInstanceOf(InvalidEventPayload.class).hasMessageContaining("reason");
    }

    @Test
    void aStoredOrderConfirmedV1ReadsAsV2ThatAddsUp() throws Exception {
        // the frozen v1 fixture: one line of 1250.50 x 1250.50 and a negotiated total of 1250.50
        String v1 = new String(getClass().getClassLoader().getResourceAsStream("fixtures/deal/OrderConfirmed.v1.json")
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        EventCodec codec = new EventCodec();
        assertThat(EventTypes.byName("OrderConfirmed").orElseThrow().schemaVersion()).isEqualTo(2);

        for (DomainEvent read : java.util.List.of(codec.decode("OrderConfirmed", 1, v1),
                codec.decodeStored("OrderConfirmed", 1, EventCodec.mapper().readTree(v1)))) {
            OrderConfirmed order = (OrderConfirmed) read;
            assertThat(order.subtotal().amount()).isEqualByComparingTo("1563750.2500");
            assertThat(order.discount().amount()).isEqualByComparingTo("1562499.7500");
            assertThat(order.subtotal().amount().subtract(order.discount().amount()))
                    .isEqualByComparingTo(order.total().amount());
            assertThat(order.discount().currency()).isEqualTo("EUR");
        }
        // v1's schema stays published for partners who read the old records
        assertThat(getClass().getClassLoader().getResource("schemas/deal/OrderConfirmed.v1.json")).isNotNull();
    }
}
