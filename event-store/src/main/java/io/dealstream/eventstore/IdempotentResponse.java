package io.dealstream.eventstore;

import io.dealstream.events.Nullable;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.Optional;

/** The first answer to a command sent with an {@code Idempotency-Key}, replayed on a retry. */
public record IdempotentResponse(String requestHash, int status, @Nullable String location, @Nullable String body) {

    static Uni<Optional<IdempotentResponse>> find(SqlClient client, String key) {
        return client.preparedQuery("SELECT request_hash, status, location, body FROM eventstore.idempotency_keys"
                        + " WHERE idempotency_key = $1")
                .execute(Tuple.of(key))
                .map(rows -> {
                    if (rows.size() == 0) {
                        return Optional.empty();
                    }
                    Row row = rows.iterator().next();
                    return Optional.of(new IdempotentResponse(row.getString("request_hash"),
                            row.getInteger("status"), row.getString("location"), row.getString("body")));
                });
    }
}
