package io.dealstream.eventstore.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dealstream.eventstore.EventStore;
import io.dealstream.eventstore.EventStoreTx;
import io.dealstream.eventstore.IdempotentResponse;
import io.dealstream.eventstore.domain.DomainRuleViolation;
import io.smallrye.mutiny.Uni;
import io.vertx.pgclient.PgException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Function;

/**
 * Runs a REST command in one transaction and, with an {@code Idempotency-Key}, stores its answer in
 * that same transaction: a retry gets the first answer back without a second event, and a
 * concurrent duplicate loses on the key's primary key and is answered with the winner's response.
 */
public final class IdempotentCommands {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    private static final int MAX_KEY_LENGTH = 200;

    private final EventStore store;
    private final ObjectMapper mapper;

    public IdempotentCommands(EventStore store, ObjectMapper mapper) {
        this.store = store;
        this.mapper = mapper;
    }

    /** As {@link #run(String, String, Object, Function)} for a command's headers and the request it matched. */
    public Uni<Response> run(CreateHeaders headers, Object body, Function<EventStoreTx, Uni<CommandReply>> command) {
        return run(headers.idempotencyKey(), headers.operation(), body, command);
    }

    /**
     * As {@link #run(String, String, Function)}, fingerprinting the request as its operation (method and
     * path) plus its JSON body.
     */
    public Uni<Response> run(String key, String operation, Object body, Function<EventStoreTx, Uni<CommandReply>> command) {
        String fingerprint;
        try {
            fingerprint = operation + "\n" + mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(e);
        }
        return run(key, fingerprint, command);
    }

    /**
     * @param key         the Idempotency-Key header, or null
     * @param fingerprint what identifies the request (method, path, body) so a reused key is caught
     */
    public Uni<Response> run(String key, String fingerprint, Function<EventStoreTx, Uni<CommandReply>> command) {
        if (key == null) {
            return withRetry(store.inTransaction(command)).map(this::toResponse);
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            return Uni.createFrom().failure(new BadRequest(HEADER, "1 to " + MAX_KEY_LENGTH + " characters"));
        }
        String hash = sha256(fingerprint);
        return replay(key, hash).chain(previous -> previous.isPresent()
                ? Uni.createFrom().item(previous.get())
                : withRetry(store.inTransaction(tx -> command.apply(tx).call(reply ->
                                tx.saveIdempotentResponse(key, new IdempotentResponse(hash, reply.status(),
                                        reply.location(), json(reply))))))
                        .map(this::toResponse)
                        .onFailure(IdempotentCommands::isKeyTaken)
                        .recoverWithUni(() -> replay(key, hash).map(Optional::orElseThrow)));
    }

    /**
     * A command lost a race it could not see coming (a deadlock, or a concurrent writer taking the same
     * version or deadline): run it again on the fresh state. Safe: the whole command is load, decide,
     * append in one transaction, so a retry re-decides. A stale If-Match fails the same way again (409).
     */
    private static <T> Uni<T> withRetry(Uni<T> attempt) {
        return attempt.onFailure(IdempotentCommands::isTransient).retry()
                .withBackOff(java.time.Duration.ofMillis(5), java.time.Duration.ofMillis(50)).atMost(3);
    }

    static boolean isTransient(Throwable e) {
        if (e instanceof io.dealstream.eventstore.ConcurrencyConflict c) {
            return c.actualVersion() < 0;
        }
        return e instanceof PgException pg && ("40P01".equals(pg.getSqlState()) || "40001".equals(pg.getSqlState())
                || "23505".equals(pg.getSqlState()) && "deadlines_open_uk".equals(pg.getConstraint()));
    }

    private Uni<Optional<Response>> replay(String key, String hash) {
        return store.inTransaction(tx -> tx.findIdempotentResponse(key)).map(found -> found.map(previous -> {
            if (!previous.requestHash().equals(hash)) {
                throw DomainRuleViolation.unprocessable("idempotency-key-reused",
                        "this Idempotency-Key was used for a different request");
            }
            Response.ResponseBuilder builder = Response.status(previous.status())
                    .header(REPLAYED, "true")
                    .entity(previous.body())
                    .type(MediaType.APPLICATION_JSON);
            if (previous.location() != null) {
                builder.header("Location", previous.location());
            }
            return builder.build();
        }));
    }

    private Response toResponse(CommandReply reply) {
        Response.ResponseBuilder builder = Response.status(reply.status())
                .entity(reply.body())
                .type(MediaType.APPLICATION_JSON)
                .tag(Long.toString(reply.streamVersion()));
        if (reply.location() != null) {
            builder.header("Location", reply.location());
        }
        return builder.build();
    }

    private String json(CommandReply reply) {
        try {
            return mapper.writeValueAsString(reply.body());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isKeyTaken(Throwable e) {
        return e instanceof PgException pg && "23505".equals(pg.getSqlState())
                && "idempotency_keys_pkey".equals(pg.getConstraint());
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
