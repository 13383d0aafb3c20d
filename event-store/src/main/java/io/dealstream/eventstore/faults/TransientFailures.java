package io.dealstream.eventstore.faults;

import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import java.net.ConnectException;
import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/**
 * Tells a failure that goes away by itself (a dependency unreachable, a dropped connection, a timeout, a
 * deadlock or serialization failure) from one that never will. The REST layer answers the former 503 with
 * Retry-After; consumers retry it holding their partition instead of dead-lettering the record.
 */
public final class TransientFailures {

    /** SQLSTATEs PostgreSQL uses for "try again": deadlock, serialization, shutdown, too many connections. */
    private static final Set<String> RETRYABLE_STATES = Set.of("40001", "40P01", "57P01", "57P02", "57P03", "53300",
            "55P03");

    private TransientFailures() {
    }

    public static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException || t instanceof SocketException || t instanceof ClosedConnectionException
                    || t instanceof TimeoutException || t instanceof io.smallrye.mutiny.TimeoutException
                    || t instanceof io.netty.channel.ConnectTimeoutException
                    || t instanceof java.nio.channels.ClosedChannelException
                    || t instanceof SQLTransientException || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof PgException pg && retryable(pg.getSqlState())) {
                return true;
            }
            if (t instanceof SQLException sql && retryable(sql.getSQLState())) {
                return true;
            }
            // the Vert.x pools' own words for a connection they lost or could not get (some are bare Throwables)
            String message = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (t.getClass().getName().startsWith("io.vertx.")
                    && (message.contains("connection") || message.contains("timeout") || message.contains("closed"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean retryable(String sqlState) {
        // class 08: connection exceptions
        return sqlState != null && (sqlState.startsWith("08") || RETRYABLE_STATES.contains(sqlState));
    }
}
