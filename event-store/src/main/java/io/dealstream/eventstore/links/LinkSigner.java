package io.dealstream.eventstore.links;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The token in a customer's link: the link's id and an HMAC-SHA256 of it under the server's key. It names
 * nothing else (act, opportunity, version and expiry stay on the server), so a token in a log or a forwarded mail
 * tells nothing, and a changed character makes it no token at all.
 */
public final class LinkSigner {

    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();
    private final SecretKeySpec key;

    /** @param secret at least 32 bytes */
    public LinkSigner(byte[] secret) {
        if (secret.length < 32) {
            throw new IllegalArgumentException("a link signing key needs at least 32 bytes");
        }
        this.key = new SecretKeySpec(secret.clone(), "HmacSHA256");
    }

    public String token(UUID linkId) {
        byte[] id = bytes(linkId);
        return ENCODE.encodeToString(id) + "." + ENCODE.encodeToString(mac(id));
    }

    /** The link id of a genuine token; empty for anything else (malformed, tampered, signed with another key). */
    public Optional<UUID> linkId(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        try {
            byte[] id = DECODE.decode(token.substring(0, dot));
            byte[] signature = DECODE.decode(token.substring(dot + 1));
            if (id.length != 16 || !MessageDigest.isEqual(signature, mac(id))) {
                return Optional.empty();
            }
            // one spelling per link: base64's unused low bits in a last character are not another valid token
            if (!token.equals(token(new UUID(ByteBuffer.wrap(id).getLong(), ByteBuffer.wrap(id, 8, 8).getLong())))) {
                return Optional.empty();
            }
            ByteBuffer b = ByteBuffer.wrap(id);
            return Optional.of(new UUID(b.getLong(), b.getLong()));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    /** The SHA-256 of a document as sent, hex: the evidence names exactly what was signed. */
    public static String sha256(String document) {
        try {
            return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(document.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] mac(byte[] id) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(id);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(UUID id) {
        return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()).array();
    }
}
