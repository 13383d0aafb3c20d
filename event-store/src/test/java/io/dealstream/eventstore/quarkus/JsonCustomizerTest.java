package io.dealstream.eventstore.quarkus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The REST mapper refuses wrong JSON types instead of coercing them into plausible wrong values. */
class JsonCustomizerTest {

    record Request(String name, Integer count, Instant at, LocalDate due, BigDecimal amount) {
    }

    private final ObjectMapper mapper = customized();

    private static ObjectMapper customized() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        new JsonCustomizer().customize(mapper);
        return mapper;
    }

    @Test
    void theRuleHoldsWhateverOrderTheModulesAreRegisteredIn() {
        ObjectMapper timeModuleLast = new ObjectMapper();
        new JsonCustomizer().customize(timeModuleLast);
        timeModuleLast.registerModule(new JavaTimeModule());
        assertThatThrownBy(() -> timeModuleLast.readValue("{\"at\": 42}", Request.class))
                .isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void timesAreOnlyIsoText() throws Exception {
        Request ok = mapper.readValue("{\"at\": \"2026-01-10T09:00:00Z\", \"due\": \"2026-03-01\"}", Request.class);
        assertThat(ok.at()).isEqualTo(Instant.parse("2026-01-10T09:00:00Z"));
        assertThat(ok.due()).isEqualTo(LocalDate.parse("2026-03-01"));
        assertThatThrownBy(() -> mapper.readValue("{\"at\": 42}", Request.class))
                .isInstanceOf(MismatchedInputException.class).hasMessageContaining("ISO-8601");
        assertThatThrownBy(() -> mapper.readValue("{\"due\": -1}", Request.class))
                .isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> mapper.readValue("{\"at\": [2026, 1, 10]}", Request.class))
                .isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void noOtherSilentCoercion() throws Exception {
        assertThatThrownBy(() -> mapper.readValue("{\"name\": 42}", Request.class))
                .isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> mapper.readValue("{\"count\": \"5\"}", Request.class))
                .isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> mapper.readValue("{\"count\": 1.5}", Request.class))
                .isInstanceOf(MismatchedInputException.class);
        // an amount is a decimal string, as the schemas publish it: a JSON number (rounded by many clients) is not
        assertThat(mapper.readValue("{\"amount\": \"42.10\"}", Request.class).amount()).isEqualByComparingTo("42.10");
        assertThat(mapper.readValue("{\"amount\": \"-0.5\"}", Request.class).amount()).isEqualByComparingTo("-0.5");
        for (String notADecimalString : new String[] {"42.10", "\"1e5\"", "\"+5\"", "\" 5\"", "\"null\"", "\"5.\""}) {
            assertThatThrownBy(() -> mapper.readValue("{\"amount\": " + notADecimalString + "}", Request.class))
                    .as(notADecimalString).isInstanceOf(MismatchedInputException.class);
        }
    }
}
