package io.dealstream.eventstore.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LinkSignerTest {

    private final LinkSigner signer = new LinkSigner("a-test-key-of-at-least-32-bytes!!".getBytes(StandardCharsets.UTF_8));

    @Test
    void aGenuineTokenNamesItsLinkAndNothingElse() {
        UUID id = UUID.randomUUID();
        String token = signer.token(id);
        assertThat(signer.linkId(token)).contains(id);
        assertThat(token).doesNotContain(id.toString()).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
    }

    @Test
    void aTamperedOrForeignTokenIsNoToken() {
        String token = signer.token(UUID.randomUUID());
        // any changed last character, including one differing only in base64's unused low bits
        for (char c : "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".toCharArray()) {
            if (c != token.charAt(token.length() - 1)) {
                assertThat(signer.linkId(token.substring(0, token.length() - 1) + c)).as("last " + c).isEmpty();
            }
        }
        char last = token.charAt(token.length() - 1);
        assertThat(signer.linkId(token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A'))).isEmpty();
        assertThat(signer.linkId(signer.token(UUID.randomUUID()).split("\\.")[0] + "." + token.split("\\.")[1])).isEmpty();
        LinkSigner other = new LinkSigner("another-key-of-at-least-32-bytes!".getBytes(StandardCharsets.UTF_8));
        assertThat(other.linkId(token)).isEmpty();
        for (String junk : new String[] {"", ".", "x", "a.b.c", "%%%.%%%", "x".repeat(500), null}) {
            assertThat(signer.linkId(junk)).as(String.valueOf(junk)).isEmpty();
        }
    }

    @Test
    void aShortKeyIsRefused() {
        assertThatThrownBy(() -> new LinkSigner(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDocumentHashIsItsSha256() {
        assertThat(LinkSigner.sha256("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
