package io.dealstream.eventstore.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dealstream.events.DomainEvent;
import io.dealstream.events.common.CustomerAct;
import io.dealstream.events.common.Signature;
import io.dealstream.events.needs.NeedsConfirmationSent;
import io.dealstream.events.needs.NeedsLinkOpened;
import io.dealstream.events.needs.NeedsLinkRevoked;
import io.dealstream.events.needs.NeedsLinkSent;
import io.dealstream.eventstore.domain.DomainRuleViolation;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A stream's links folded from any stage's link events, and the document version they name. */
class CustomerLinksTest {

    static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    static final UUID OPP = UUID.randomUUID();
    static final UUID LINK = UUID.randomUUID();
    static final Signature OURS = new Signature(Signature.Side.OURS, "Alice", "Sales lead", NOW,
            Signature.Method.ELECTRONIC, null);

    static CustomerLinks fold(DomainEvent... events) {
        CustomerLinks links = CustomerLinks.NONE;
        for (DomainEvent e : events) {
            links = links.evolve(OPP, e);
        }
        return links;
    }

    static NeedsLinkSent sent(String version) {
        return new NeedsLinkSent(LINK, CustomerAct.CONFIRM_NEEDS, version, NOW, NOW.plus(Duration.ofDays(14)), "alice",
                null, OURS);
    }

    @Test
    void everyEventButTheLinksOwnChangesTheDocumentVersion() {
        CustomerLinks links = fold(new NeedsConfirmationSent(NOW, "DMS-1"), sent("report@1"),
                new NeedsLinkOpened(LINK, NOW.plusSeconds(5)));
        assertThat(links.documentVersion("report")).isEqualTo("report@1");
        assertThat(links.get(LINK).openedAt()).isEqualTo(NOW.plusSeconds(5));
        assertThat(links.oursFor(LINK)).contains(OURS);
        assertThat(links.usable(LINK, CustomerAct.CONFIRM_NEEDS, NOW.plusSeconds(9), "report@1").linkId()).isEqualTo(LINK);
        assertThat(links.firstOpening(LINK, NOW.plusSeconds(9), "report@1")).isFalse();
        assertThat(links.stillAwaited(LINK, "report@1")).isTrue();
        assertThat(links.stillAwaited(LINK, "report@2")).isFalse();
    }

    @Test
    void aLinkIsUsableOnlyForTheActItWasSentForAndANeverSentOneIsNotFound() {
        CustomerLinks links = fold(sent("report@0"));
        assertThatThrownBy(() -> links.usable(LINK, CustomerAct.SIGN_CONTRACT, NOW, "report@0"))
                .isInstanceOfSatisfying(DomainRuleViolation.class, e -> assertThat(e.rule()).isEqualTo("link-other-act"));
        assertThatThrownBy(() -> links.get(UUID.randomUUID())).isInstanceOf(io.dealstream.eventstore.domain.NotFound.class);
        CustomerLinks revoked = links.evolve(OPP, new NeedsLinkRevoked(LINK, NOW, "alice"));
        assertThat(revoked.revokes(LINK, NOW.plusSeconds(1))).isFalse();
        assertThat(links.revokes(LINK, NOW)).isTrue();
    }
}
