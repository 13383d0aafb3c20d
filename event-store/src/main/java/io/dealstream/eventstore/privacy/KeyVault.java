package io.dealstream.eventstore.privacy;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgPool;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.PoolOptions;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.flywaydb.core.Flyway;

/**
 * The data keys of personal data, one set per data subject, in their own database ({@code vault} schema)
 * shared by every service: whichever service reads a personal field, on its store or from a topic, needs
 * its key, and erasing a subject must reach every copy at once. Keys are stored wrapped with a master key
 * held outside the database (a secret), so a database dump alone reveals nothing.
 *
 * <p>Unwrapped keys are cached for a short maximum age ({@code dealstream.vault.key-cache-max-age}, 30 s by
 * default; 0 turns the cache off), so a busy service does not query the vault for every personal field. An
 * erasure forgets the subjects' keys at once in the erasing instance, and in every service as soon as it
 * processes {@code PersonalDataErased} ({@link ErasureFollower}); the maximum age bounds the rest (another
 * replica of the erasing service): a subject's data reads "[erased]" everywhere at most that long after
 * the erasure.
 */
public final class KeyVault {

    /** A data key and its id, which every field encrypted with it names. */
    public record DataKey(UUID keyId, SecretKey key) {
    }

    private static final String SCHEMA = "vault";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** An unwrapped key, whose subject it belongs to, and when it was read. */
    private record Cached(DataKey key, UUID subject, long readAtNanos) {
    }

    /** Beyond this many cached keys the cache starts over (bounded memory; a miss only costs a query). */
    private static final int MAX_CACHED = 50_000;

    private final Pool pool;
    private final SecretKey masterKey;
    private final long maxAgeNanos;
    private final Map<UUID, Cached> byKeyId = new ConcurrentHashMap<>();
    private final Map<UUID, Cached> bySubject = new ConcurrentHashMap<>();

    public KeyVault(Pool pool, SecretKey masterKey) {
        this(pool, masterKey, DEFAULT_MAX_AGE);
    }

    /** As {@link #KeyVault(Pool, SecretKey)}, caching keys for {@code maxAge} (zero: no cache). */
    public KeyVault(Pool pool, SecretKey masterKey, Duration maxAge) {
        this.pool = pool;
        this.masterKey = masterKey;
        this.maxAgeNanos = maxAge.toNanos();
    }

    public static final Duration DEFAULT_MAX_AGE = Duration.ofSeconds(30);

    /**
     * Migrates the vault schema and opens a pool on it.
     *
     * @param url       {@code postgresql://host:port/database}
     * @param masterKey base64 of a 256-bit AES key
     */
    public static KeyVault connect(Vertx vertx, String url, String user, String password, String masterKey,
            int maxConnections) {
        return connect(vertx, url, user, password, masterKey, maxConnections, DEFAULT_MAX_AGE);
    }

    /** As {@link #connect(Vertx, String, String, String, String, int)}, caching keys for {@code keyCacheMaxAge}. */
    public static KeyVault connect(Vertx vertx, String url, String user, String password, String masterKey,
            int maxConnections, Duration keyCacheMaxAge) {
        migrate("jdbc:" + url, user, password);
        PgConnectOptions options = PgConnectOptions.fromUri(url).setUser(user).setPassword(password)
                .setCachePreparedStatements(true);
        return new KeyVault(PgPool.pool(vertx, options, new PoolOptions().setMaxSize(maxConnections).setName("dealstream-vault")),
                masterKey(masterKey), keyCacheMaxAge);
    }

    public static void migrate(String jdbcUrl, String user, String password) {
        Flyway.configure().dataSource(jdbcUrl, user, password).schemas(SCHEMA).defaultSchema(SCHEMA)
                .createSchemas(true).locations("classpath:db/vault").table("flyway_vault_history")
                .load().migrate();
    }

    public static SecretKey masterKey(String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("dealstream.vault.master-key is not base64");
        }
        if (bytes.length != 32) {
            throw new IllegalArgumentException("dealstream.vault.master-key must be 32 bytes (AES-256), not "
                    + bytes.length);
        }
        return new SecretKeySpec(bytes, "AES");
    }

    public Pool pool() {
        return pool;
    }

    /** The subject's current data key, created on first use. Concurrent first uses may each create one. */
    public Uni<DataKey> keyFor(UUID subject) {
        Cached cached = fresh(bySubject.get(subject));
        if (cached != null) {
            return Uni.createFrom().item(cached.key());
        }
        return pool.preparedQuery("SELECT key_id, wrapped_key FROM vault.subject_keys WHERE subject_id = $1"
                        + " ORDER BY created_at DESC LIMIT 1")
                .execute(Tuple.of(subject))
                .chain(rows -> {
                    if (rows.size() > 0) {
                        Row row = rows.iterator().next();
                        UUID keyId = row.getUUID("key_id");
                        return Uni.createFrom().item(remember(subject,
                                new DataKey(keyId, unwrap(keyId, row.getBuffer("wrapped_key").getBytes()))));
                    }
                    DataKey fresh = new DataKey(UUID.randomUUID(), newKey());
                    return pool.preparedQuery("INSERT INTO vault.subject_keys (key_id, subject_id, wrapped_key)"
                                    + " VALUES ($1, $2, $3)")
                            .execute(Tuple.of(fresh.keyId(), subject,
                                    io.vertx.core.buffer.Buffer.buffer(wrap(fresh.keyId(), fresh.key()))))
                            .replaceWith(() -> remember(subject, fresh));
                });
    }

    /** The keys still held among {@code keyIds}; an erased key is simply absent. */
    public Uni<Map<UUID, SecretKey>> keys(Set<UUID> keyIds) {
        Map<UUID, SecretKey> out = new HashMap<>();
        List<UUID> missing = new ArrayList<>();
        for (UUID keyId : keyIds) {
            Cached cached = fresh(byKeyId.get(keyId));
            if (cached != null) {
                out.put(keyId, cached.key().key());
            } else {
                missing.add(keyId);
            }
        }
        if (missing.isEmpty()) {
            return Uni.createFrom().item(out);
        }
        return pool.preparedQuery("SELECT key_id, subject_id, wrapped_key FROM vault.subject_keys WHERE key_id = ANY($1)")
                .execute(Tuple.of(missing.toArray(UUID[]::new)))
                .map(rows -> {
                    for (Row row : rows) {
                        UUID keyId = row.getUUID("key_id");
                        DataKey key = new DataKey(keyId, unwrap(keyId, row.getBuffer("wrapped_key").getBytes()));
                        remember(row.getUUID("subject_id"), key);
                        out.put(keyId, key.key());
                    }
                    return out;
                });
    }

    /** Deletes every key of the subjects (crypto-shredding). Returns how many keys were deleted. */
    public Uni<Integer> erase(Collection<UUID> subjects) {
        forget(subjects);
        return pool.preparedQuery("DELETE FROM vault.subject_keys WHERE subject_id = ANY($1)")
                .execute(Tuple.of(subjects.toArray(UUID[]::new)))
                .map(rows -> rows.rowCount())
                .invoke(() -> forget(subjects)); // a read racing the delete may have cached one again
    }

    /** Drops the subjects' cached keys: the next read asks the vault (where an erased key is gone). */
    public void forget(Collection<UUID> subjects) {
        Set<UUID> gone = Set.copyOf(subjects);
        bySubject.keySet().removeAll(gone);
        byKeyId.values().removeIf(cached -> gone.contains(cached.subject()));
    }

    private DataKey remember(UUID subject, DataKey key) {
        if (maxAgeNanos <= 0) {
            return key;
        }
        if (byKeyId.size() >= MAX_CACHED) {
            byKeyId.clear();
            bySubject.clear();
        }
        Cached cached = new Cached(key, subject, System.nanoTime());
        byKeyId.put(key.keyId(), cached);
        // keyFor answers the newest key of a subject; a key read by id may be an older one
        bySubject.merge(subject, cached, (old, next) -> old.key().keyId().equals(next.key().keyId()) ? next : old);
        return key;
    }

    private Cached fresh(Cached cached) {
        return cached != null && System.nanoTime() - cached.readAtNanos() < maxAgeNanos ? cached : null;
    }

    /** How many keys the subject has (0 once erased). */
    public Uni<Long> keyCount(UUID subject) {
        return pool.preparedQuery("SELECT count(*) AS n FROM vault.subject_keys WHERE subject_id = $1")
                .execute(Tuple.of(subject))
                .map(rows -> rows.iterator().next().getLong("n"));
    }

    private static SecretKey newKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256, RANDOM);
            return generator.generateKey();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] wrap(UUID keyId, SecretKey key) {
        try {
            byte[] iv = new byte[12];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, masterKey, new GCMParameterSpec(128, iv));
            cipher.updateAAD(keyId.toString().getBytes(StandardCharsets.US_ASCII));
            byte[] sealed = cipher.doFinal(key.getEncoded());
            byte[] out = new byte[iv.length + sealed.length];
            System.arraycopy(iv, 0, out, 0, iv.length);
            System.arraycopy(sealed, 0, out, iv.length, sealed.length);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot wrap a data key", e);
        }
    }

    private SecretKey unwrap(UUID keyId, byte[] wrapped) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, masterKey, new GCMParameterSpec(128, wrapped, 0, 12));
            cipher.updateAAD(keyId.toString().getBytes(StandardCharsets.US_ASCII));
            return new SecretKeySpec(cipher.doFinal(wrapped, 12, wrapped.length - 12), "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("data key " + keyId + " does not unwrap: wrong master key?", e);
        }
    }
}
