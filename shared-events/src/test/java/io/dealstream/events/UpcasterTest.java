package io.dealstream.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
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
}
