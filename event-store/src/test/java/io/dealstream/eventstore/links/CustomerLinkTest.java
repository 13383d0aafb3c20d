package io.dealstream.eventstore.links;

import io.dealstream.events.common.CustomerAct;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dealstream.eventstore.domain.DomainRuleViolation;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A customer's link, given how it was issued, when it is opened, used or withdrawn. */
class CustomerLinkTest {

    private static final Instant SENT = Instant.parse("2026-12-01T09:00:00Z");
    private static final String V7 = "needs-report@7";

    private static CustomerLink sent() {
        return CustomerLink.issue(UUID.randomUUID(), UUID.randomUUID(), CustomerAct.CONFIRM_NEEDS, V7,
                LinkSigner.sha256("<html>report 7</html>"), SENT, CustomerLink.DEFAULT_LIFETIME, "alice");
    }

    @Nested
    class Expiry {
        @Test
        void aLinkWorksForFourteenDaysByDefaultAndNotAMomentLonger() {
            CustomerLink link = sent();
            assertThat(link.expiresAt()).isEqualTo(SENT.plus(Duration.ofDays(14)));
            assertThat(link.standing(SENT.plus(Duration.ofDays(14)).minusSeconds(1), V7)).isEqualTo(CustomerLink.Standing.USABLE);
            assertThat(link.standing(SENT.plus(Duration.ofDays(14)), V7)).isEqualTo(CustomerLink.Standing.EXPIRED);
            assertRefused(() -> link.used(SENT.plus(Duration.ofDays(15)), V7), "link-expired");
        }

        @Test
        void aLifetimeOutsideAMinuteTo90DaysIsRefused() {
            assertRefused(() -> CustomerLink.issue(UUID.randomUUID(), UUID.randomUUID(), CustomerAct.ANSWER_SURVEY, V7, "h",
                    SENT, Duration.ZERO, "alice"), "link-lifetime");
            assertRefused(() -> CustomerLink.issue(UUID.randomUUID(), UUID.randomUUID(), CustomerAct.ANSWER_SURVEY, V7, "h",
                    SENT, Duration.ofDays(91), "alice"), "link-lifetime");
        }
    }

    @Nested
    class SingleUse {
        @Test
        void aLinkIsUsedOnceAndTheSecondUseIsRefused() {
            CustomerLink used = sent().used(SENT.plusSeconds(60), V7);
            assertThat(used.usedAt()).isEqualTo(SENT.plusSeconds(60));
            assertThat(used.openedAt()).as("used means opened").isEqualTo(SENT.plusSeconds(60));
            assertThat(used.awaited()).isFalse();
            assertRefused(() -> used.used(SENT.plusSeconds(120), V7), "link-used");
        }

        @Test
        void theFirstOpeningIsKept() {
            CustomerLink opened = sent().opened(SENT.plusSeconds(10)).opened(SENT.plusSeconds(20));
            assertThat(opened.openedAt()).isEqualTo(SENT.plusSeconds(10));
            assertThat(opened.awaited()).isTrue();
        }
    }

    @Nested
    class VersionMismatch {
        @Test
        void aLinkForAnOutdatedVersionDoesNothing() {
            CustomerLink link = sent();
            assertThat(link.standing(SENT.plusSeconds(60), "needs-report@8")).isEqualTo(CustomerLink.Standing.OUTDATED);
            assertRefused(() -> link.used(SENT.plusSeconds(60), "needs-report@8"), "link-outdated");
        }
    }

    @Nested
    class Revocation {
        @Test
        void aRevokedLinkDoesNothing() {
            CustomerLink revoked = sent().revoked(SENT.plusSeconds(30));
            assertThat(revoked.standing(SENT.plusSeconds(40), V7)).isEqualTo(CustomerLink.Standing.REVOKED);
            assertThat(revoked.awaited()).isFalse();
            assertRefused(() -> revoked.used(SENT.plusSeconds(40), V7), "link-revoked");
        }

        @Test
        void aUsedLinkCannotBeRevoked() {
            CustomerLink used = sent().used(SENT.plusSeconds(60), V7);
            assertRefused(() -> used.revoked(SENT.plusSeconds(70)), "link-used");
        }
    }

    private static void assertRefused(Runnable act, String rule) {
        assertThatThrownBy(act::run).isInstanceOfSatisfying(DomainRuleViolation.class, e -> assertThat(e.rule()).isEqualTo(rule));
    }
}
