package io.dealstream.eventstore.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dealstream.events.common.Signature;
import io.dealstream.events.common.Signature.Method;
import io.dealstream.events.common.Signature.Side;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import io.dealstream.events.common.LinkEvidence;
import org.junit.jupiter.api.Test;

/** "Signed by both sides", the rule every signed document of the SOP shares. */
class BothSidesTest {

    static final Instant NOW = Instant.parse("2026-05-04T10:00:00Z");
    static final Instant SENT = NOW.minus(Duration.ofDays(2));

    static Signature customer(Instant at) {
        return new Signature(Side.CUSTOMER, " Li Wei ", "CTO", at, Method.ELECTRONIC, null,
                new LinkEvidence(UUID.randomUUID(), "needs-report@7", "ab12", at, "192.0.2.1", "Firefox"));
    }

    static Signature ours(Instant at) {
        return new Signature(Side.OURS, "Alice", "Account executive", at, Method.PAPER, "DMS-7");
    }

    static List<Signature> check(Signature... signatures) {
        return BothSides.check(Arrays.asList(signatures), NOW, ClientTimes.DEFAULT, SENT, "confirmation-request");
    }

    static void rejected(String rule, Signature... signatures) {
        assertThatThrownBy(() -> check(signatures)).isInstanceOfSatisfying(DomainRuleViolation.class,
                e -> assertThat(e.rule()).isEqualTo(rule));
    }

    @Test
    void bothSidesSignedAreKeptInOrderOfSigning() {
        List<Signature> signed = check(ours(NOW.minusSeconds(60)), customer(NOW.minusSeconds(600)));
        assertThat(signed).extracting(Signature::side).containsExactly(Side.CUSTOMER, Side.OURS);
        assertThat(signed.get(0).name()).isEqualTo("Li Wei");
        assertThat(BothSides.completedAt(signed)).isEqualTo(NOW.minusSeconds(60));
    }

    @Test
    void theCustomerSignsElectronicallyOnlyThroughALinkAndStaffRecordPaper() {
        Signature typedByStaff = new Signature(Side.CUSTOMER, "Li Wei", "CTO", NOW, Method.ELECTRONIC, null);
        rejected("customer-signs-through-link", typedByStaff, ours(NOW));
        Signature paper = new Signature(Side.CUSTOMER, "Li Wei", "CTO", NOW, Method.PAPER, "scan DMS-8");
        assertThat(check(paper, ours(NOW))).extracting(Signature::throughLink).containsExactly(false, false);
        assertThat(check(customer(NOW), ours(NOW)).stream().filter(sig -> sig.side() == Side.CUSTOMER).findFirst()
                .orElseThrow().link().documentVersion()).isEqualTo("needs-report@7");
    }

    @Test
    void serverTimedSignaturesAreNotAClientsTimesToCheck() {
        Instant sentLongAgo = NOW.minus(Duration.ofDays(60));
        List<Signature> signed = BothSides.check(List.of(ours(sentLongAgo), customer(NOW)), NOW, null, null, "link");
        assertThat(signed.get(0).signedAt()).isEqualTo(sentLongAgo);
        rejected("signedAt-before-confirmation-request", ours(sentLongAgo), customer(NOW));
    }

    @Test
    void oneSideIsNotBoth() {
        rejected("both-sides-sign");
        rejected("both-sides-sign", ours(NOW), ours(NOW));
    }

    @Test
    void eachSignatureNamesItsSideMethodPersonAndRole() {
        rejected("signature-incomplete", customer(NOW), new Signature(null, "Alice", "AE", NOW, Method.ELECTRONIC, null));
        rejected("signature-incomplete", customer(NOW), new Signature(Side.OURS, "Alice", "AE", NOW, null, null));
        rejected("signature name-required", customer(NOW), new Signature(Side.OURS, " ", "AE", NOW, Method.ELECTRONIC, null));
        rejected("signature role-required", customer(NOW), new Signature(Side.OURS, "Alice", null, NOW, Method.ELECTRONIC, null));
        rejected("paper-signature-needs-document", customer(NOW), new Signature(Side.OURS, "Alice", "AE", NOW, Method.PAPER, " "));
    }

    @Test
    void signedInsideTheWindowAfterTheDocumentWasSent() {
        rejected("signedAt-in-future", customer(NOW.plus(Duration.ofHours(1))), ours(NOW));
        rejected("signedAt-before-confirmation-request", customer(SENT.minusSeconds(1)), ours(NOW));
        assertThatThrownBy(() -> BothSides.check(List.of(customer(NOW.minus(Duration.ofDays(40))), ours(NOW)), NOW,
                ClientTimes.DEFAULT, null, null)).isInstanceOfSatisfying(DomainRuleViolation.class,
                e -> assertThat(e.rule()).isEqualTo("signedAt-backdated"));
    }
}
