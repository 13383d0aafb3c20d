package io.dealstream.events.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Field-level encryption of an event payload's {@link PersonalData} fields (AES-256-GCM, the JDK's own
 * provider). A protected field reads {@code pii:v1:<keyId>:<base64url(iv | ciphertext | tag)>}; the key
 * id is authenticated with it, so a value cannot be moved under another key. A field whose key is gone
 * (erased) decrypts to {@link #ERASED}, which still satisfies the event's schema, so erased events replay.
 */
public final class PersonalDataCipher {

    public static final String PREFIX = "pii:v1:";
    public static final String ERASED = "[erased]";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();
    // a Cipher is not thread-safe but reusable after init; looking one up per field cost a provider search each
    private static final ThreadLocal<Cipher> GCM = ThreadLocal.withInitial(() -> {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/GCM is not available", e);
        }
    });

    private PersonalDataCipher() {
    }

    /** True when the event type carries personal data at all. */
    public static boolean hasPersonalData(Class<?> recordType) {
        return !PersonalDataPaths.of(recordType).isEmpty();
    }

    /** Encrypts every personal field of {@code payload} in place. */
    public static void encrypt(ObjectNode payload, Class<?> recordType, UUID keyId, SecretKey key) {
        rewrite(payload, recordType, value -> value.startsWith(PREFIX) ? value : seal(value, keyId, key));
    }

    /** The key ids the payload's personal fields are encrypted with. */
    public static Set<UUID> keyIds(JsonNode payload, Class<?> recordType) {
        Set<UUID> ids = new LinkedHashSet<>();
        rewrite(payload, recordType, value -> {
            if (value.startsWith(PREFIX)) {
                ids.add(keyIdOf(value));
            }
            return value;
        });
        return ids;
    }

    /**
     * Decrypts every personal field in place; a field whose key is not in {@code keys} becomes
     * {@link #ERASED}. A field that fails authentication under its own key is corrupt: an exception.
     */
    public static void decrypt(JsonNode payload, Class<?> recordType, Map<UUID, SecretKey> keys) {
        rewrite(payload, recordType, value -> {
            if (!value.startsWith(PREFIX)) {
                return value;
            }
            SecretKey key = keys.get(keyIdOf(value));
            return key == null ? ERASED : open(value, key);
        });
    }

    static String seal(String plaintext, UUID keyId, SecretKey key) {
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = GCM.get();
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(keyId.toString().getBytes(StandardCharsets.US_ASCII));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
            return PREFIX + keyId + ":" + Base64.getUrlEncoder().withoutPadding().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt a personal field", e);
        }
    }

    static String open(String token, SecretKey key) {
        UUID keyId = keyIdOf(token);
        try {
            byte[] in = Base64.getUrlDecoder().decode(token.substring(PREFIX.length() + 37));
            Cipher cipher = GCM.get();
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            cipher.updateAAD(keyId.toString().getBytes(StandardCharsets.US_ASCII));
            return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new CorruptPersonalData("a personal field does not decrypt under key " + keyId, e);
        }
    }

    static UUID keyIdOf(String token) {
        try {
            return UUID.fromString(token.substring(PREFIX.length(), PREFIX.length() + 36));
        } catch (RuntimeException e) {
            throw new CorruptPersonalData("a personal field names no key: " + abbreviate(token), e);
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 24 ? s : s.substring(0, 24) + "...";
    }

    private static void rewrite(JsonNode payload, Class<?> recordType, UnaryOperator<String> f) {
        for (List<String> path : PersonalDataPaths.of(recordType)) {
            rewrite(payload, path, 0, f);
        }
    }

    private static void rewrite(JsonNode node, List<String> path, int i, UnaryOperator<String> f) {
        String step = path.get(i);
        if (PersonalDataPaths.EVERY_ELEMENT.equals(step)) {
            if (node instanceof ArrayNode array) {
                for (int k = 0; k < array.size(); k++) {
                    JsonNode element = array.get(k);
                    if (i < path.size() - 1) {
                        rewrite(element, path, i + 1, f);
                    } else if (element.isTextual()) {
                        array.set(k, TextNode.valueOf(f.apply(element.textValue())));
                    }
                }
            }
            return;
        }
        if (!(node instanceof ObjectNode object)) {
            return;
        }
        JsonNode child = object.get(step);
        if (child == null || child.isNull()) {
            return;
        }
        if (i == path.size() - 1) {
            if (child.isTextual()) {
                object.set(step, TextNode.valueOf(f.apply(child.textValue())));
            }
            return;
        }
        rewrite(child, path, i + 1, f);
    }

    /** A protected field that cannot be read although its key exists: tampered or truncated. */
    public static final class CorruptPersonalData extends RuntimeException {
        public CorruptPersonalData(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
