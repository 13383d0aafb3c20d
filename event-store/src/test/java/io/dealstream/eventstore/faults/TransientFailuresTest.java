package io.dealstream.eventstore.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.dealstream.events.InvalidEventPayload;
import io.dealstream.eventstore.domain.DomainRuleViolation;
import io.vertx.pgclient.PgException;
import java.net.ConnectException;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class TransientFailuresTest {

    @Test
    void anUnreachableOrBusyDatabaseIsTransientWhereverItHidesInTheCauseChain() {
        assertThat(TransientFailures.isTransient(new CompletionException(new ConnectException("Connection refused")))).isTrue();
        assertThat(TransientFailures.isTransient(new PgException("terminating connection", "FATAL", "57P01", null))).isTrue();
        assertThat(TransientFailures.isTransient(new PgException("deadlock detected", "ERROR", "40P01", null))).isTrue();
        assertThat(TransientFailures.isTransient(new PgException("could not serialize", "ERROR", "40001", null))).isTrue();
        assertThat(TransientFailures.isTransient(new PgException("connection failure", "FATAL", "08006", null))).isTrue();
        assertThat(TransientFailures.isTransient(new io.vertx.core.VertxException("Connection is closed", true))).isTrue();
        assertThat(TransientFailures.isTransient(new java.util.concurrent.TimeoutException())).isTrue();
    }

    @Test
    void whatRetryingCannotChangeIsNot() {
        assertThat(TransientFailures.isTransient(new PgException("duplicate key", "ERROR", "23505", null))).isFalse();
        assertThat(TransientFailures.isTransient(new InvalidEventPayload("LeadQualified", List.of("$.intent: required"))))
                .isFalse();
        assertThat(TransientFailures.isTransient(new IllegalStateException("a bug"))).isFalse();
        assertThat(TransientFailures.isTransient(DomainRuleViolation.conflict("already-open", "the research is open"))).isFalse();
    }
}
