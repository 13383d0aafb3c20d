package io.dealstream.needs.domain;

import static io.dealstream.needs.domain.NeedsDeciderTest.ANALYSED;
import static io.dealstream.needs.domain.NeedsDeciderTest.CLASSIFIED;
import static io.dealstream.needs.domain.NeedsDeciderTest.MET;
import static io.dealstream.needs.domain.NeedsDeciderTest.NOW;
import static io.dealstream.needs.domain.NeedsDeciderTest.OPENED;
import static io.dealstream.needs.domain.NeedsDeciderTest.OPP;
import static io.dealstream.needs.domain.NeedsDeciderTest.OUTLINED;
import static org.assertj.core.api.Assertions.assertThat;

import io.dealstream.events.DomainEvent;
import io.dealstream.events.common.CustomerAct;
import io.dealstream.events.common.LinkEvidence;
import io.dealstream.events.common.Signature;
import io.dealstream.events.needs.NeedsConfirmationDisputed;
import io.dealstream.events.needs.NeedsConfirmationSent;
import io.dealstream.events.needs.NeedsConfirmed;
import io.dealstream.events.needs.NeedsHandedToSolutionDesign;
import io.dealstream.events.needs.NeedsLinkOpened;
import io.dealstream.events.needs.NeedsLinkRevoked;
import io.dealstream.events.needs.NeedsLinkSent;
import io.dealstream.events.needs.NeedsLinkUsed;
import io.dealstream.events.needs.RequirementsClassified;
import io.dealstream.eventstore.Deadline;
import io.dealstream.eventstore.DeadlineChange;
import io.dealstream.eventstore.testing.DeciderSpec;
import io.dealstream.events.needs.NeedsLinkExpired;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The customer confirms (or disputes) the needs report through a link: given events / when command / then events. */
class NeedsLinksDeciderTest {

    static final UUID LINK = UUID.fromString("44444444-4444-4444-4444-444444444444");
    static final NeedsHandedToSolutionDesign HANDED = new NeedsHandedToSolutionDesign("solution design", "Raj", NOW, null);
    static final LinkEvidence SHOWN = new LinkEvidence(null, null, "9f86d08188", null, "192.0.2.7", "Mobile Safari");
    static final Instant LATER = NOW.plus(Duration.ofHours(3));

    final NeedsDecider decider = new NeedsDecider(Duration.ofHours(24));

    DeciderSpec<NeedsResearch, NeedsCommand> classified() {
        return DeciderSpec.of(decider).given(OPENED, OUTLINED, MET, ANALYSED, CLASSIFIED, HANDED);
    }

    static NeedsCommand.SendLink send(Duration lifetime) {
        return new NeedsCommand.SendLink(NOW, LINK, CustomerAct.CONFIRM_NEEDS, lifetime, "alice", "li.wei@acme.example",
                "Alice Keller", "Sales lead");
    }

    /** The events after sending the link on a classified, handed-over report. */
    List<DomainEvent> sent(Duration lifetime) {
        List<DomainEvent> out = new ArrayList<>(List.of(OPENED, OUTLINED, MET, ANALYSED, CLASSIFIED, HANDED));
        classified().when(send(lifetime)).thenEvents(events -> out.addAll(events));
        return out;
    }

    @Test
    void sendingTheLinkSendsTheReportAndOurSignatorySignsForThisVersion() {
        classified().when(send(Duration.ofDays(14))).thenEvents(events -> {
            assertThat(events).hasSize(2);
            assertThat(events.get(0)).isEqualTo(new NeedsConfirmationSent(NOW, "customer link " + LINK));
            NeedsLinkSent link = (NeedsLinkSent) events.get(1);
            // six events before, the sending the seventh: the version the customer will see
            assertThat(link.documentVersion()).isEqualTo("needs-report@7");
            assertThat(link.expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(14)));
            assertThat(link.ours()).isEqualTo(new Signature(Signature.Side.OURS, "Alice Keller", "Sales lead", NOW,
                    Signature.Method.ELECTRONIC, null));
            assertThat(link.sentTo()).isEqualTo("li.wei@acme.example");
        });
        DeciderSpec.of(decider).given(OPENED, OUTLINED, MET, ANALYSED).when(send(Duration.ofDays(1)))
                .thenRejected("requirements-not-classified");
        classified().when(new NeedsCommand.SendLink(NOW, LINK, CustomerAct.SIGN_CONTRACT, Duration.ofDays(1), "alice",
                null, "Alice", "Sales lead")).thenRejected("act-not-here");
        classified().when(send(Duration.ofDays(91))).thenRejected("link-lifetime");
        classified().when(new NeedsCommand.SendLink(NOW, LINK, CustomerAct.CONFIRM_NEEDS, Duration.ofDays(1), "alice",
                null, null, null)).thenRejected("ourSignatory.name-required");
    }

    @Test
    void theCustomerSignsOnceAndBothSidesAreOnTheConfirmationWithTheEvidence() {
        DeciderSpec.of(decider).given(sent(Duration.ofDays(14)))
                .when(new NeedsCommand.ConfirmThroughLink(LATER, LINK, "Li Wei", "CTO", SHOWN))
                .thenEvents(events -> {
                    NeedsConfirmed confirmed = (NeedsConfirmed) events.get(0);
                    assertThat(confirmed.signatures()).extracting(Signature::side)
                            .containsExactly(Signature.Side.OURS, Signature.Side.CUSTOMER);
                    Signature customer = confirmed.signatures().get(1);
                    assertThat(customer.throughLink()).isTrue();
                    assertThat(customer.link()).isEqualTo(new LinkEvidence(LINK, "needs-report@7", "9f86d08188", LATER,
                            "192.0.2.7", "Mobile Safari"));
                    assertThat(confirmed.signedBy()).isEqualTo("Li Wei");
                    assertThat(confirmed.signedAt()).isEqualTo(LATER);
                    assertThat(events.get(1)).isEqualTo(new NeedsLinkUsed(LINK, LATER));
                });
        List<DomainEvent> used = new ArrayList<>(sent(Duration.ofDays(14)));
        DeciderSpec.of(decider).given(used).when(new NeedsCommand.ConfirmThroughLink(LATER, LINK, "Li Wei", "CTO", SHOWN))
                .thenEvents(used::addAll);
        DeciderSpec.of(decider).given(used).when(new NeedsCommand.ConfirmThroughLink(LATER.plusSeconds(5), LINK,
                "Li Wei", "CTO", SHOWN)).thenRejected("link-used");
    }

    @Test
    void anExpiredRevokedOrOutdatedLinkDoesNothing() {
        DeciderSpec.of(decider).given(sent(Duration.ofHours(1)))
                .when(new NeedsCommand.ConfirmThroughLink(LATER, LINK, "Li Wei", "CTO", SHOWN)).thenRejected("link-expired");

        List<DomainEvent> revoked = new ArrayList<>(sent(Duration.ofDays(14)));
        revoked.add(new NeedsLinkRevoked(LINK, NOW.plusSeconds(60), "alice"));
        DeciderSpec.of(decider).given(revoked)
                .when(new NeedsCommand.ConfirmThroughLink(LATER, LINK, "Li Wei", "CTO", SHOWN)).thenRejected("link-revoked");
        DeciderSpec.of(decider).given(revoked).when(new NeedsCommand.OpenLink(LATER, LINK)).then();

        // the report changed after the link was sent (requirements classified again): the link names an old version
        List<DomainEvent> changed = new ArrayList<>(sent(Duration.ofDays(14)));
        changed.add(new RequirementsClassified(NeedsDeciderTest.REQUIREMENTS.subList(0, 1)));
        DeciderSpec.of(decider).given(changed)
                .when(new NeedsCommand.ConfirmThroughLink(LATER, LINK, "Li Wei", "CTO", SHOWN)).thenRejected("link-outdated");
    }

    @Test
    void openingIsRecordedOnceAndTheCustomerMayDisputeInstead() {
        List<DomainEvent> opened = new ArrayList<>(sent(Duration.ofDays(14)));
        DeciderSpec.of(decider).given(opened).when(new NeedsCommand.OpenLink(LATER, LINK))
                .then(new NeedsLinkOpened(LINK, LATER));
        opened.add(new NeedsLinkOpened(LINK, LATER));
        DeciderSpec.of(decider).given(opened).when(new NeedsCommand.OpenLink(LATER.plusSeconds(9), LINK)).then();
        // opening changes nothing in the report: the link still names the current version
        DeciderSpec.of(decider).given(opened)
                .when(new NeedsCommand.DisputeThroughLink(LATER, LINK, "Li Wei", List.of("budget is 60k, not 50k"), SHOWN))
                .then(new NeedsConfirmationDisputed("Li Wei", List.of("budget is 60k, not 50k"), new LinkEvidence(LINK,
                        "needs-report@7", "9f86d08188", LATER, "192.0.2.7", "Mobile Safari")), new NeedsLinkUsed(LINK, LATER));
        DeciderSpec.of(decider).given(opened)
                .when(new NeedsCommand.DisputeThroughLink(LATER, LINK, "Li Wei", List.of(), SHOWN))
                .thenRejected("dispute-points-required");
        DeciderSpec.of(decider).given(opened)
                .when(new NeedsCommand.DisputeThroughLink(LATER, LINK, " ", List.of("budget"), SHOWN))
                .thenRejected("name-required");
        DeciderSpec.of(decider).given(opened).when(new NeedsCommand.RevokeLink(LATER, LINK, "alice"))
                .then(new NeedsLinkRevoked(LINK, LATER, "alice"));
    }

    @Test
    void anUnusedLinkIsDueAtItsExpiryAndOverdueThenUnlessUsedWithdrawnOrOutdated() {
        Instant expiry = NOW.plus(Duration.ofDays(14));
        classified().when(send(Duration.ofDays(14))).thenDeadlines(NeedsDeadlines.RULES,
                new DeadlineChange.Open(NeedsDeadlines.CUSTOMER_LINK, LINK.toString(), expiry));
        DeciderSpec.of(decider).given(sent(Duration.ofDays(14)))
                .when(new NeedsCommand.ConfirmThroughLink(LATER, LINK, "Li Wei", "CTO", SHOWN))
                .thenDeadlines(NeedsDeadlines.RULES, new DeadlineChange.Meet(NeedsDeadlines.CUSTOMER_LINK, LINK.toString()),
                        new DeadlineChange.Meet(NeedsDeadlines.CUSTOMER_LINK, LINK.toString()));

        DeciderSpec.of(decider).given(sent(Duration.ofDays(14))).whenMissed(NeedsDeadlines.RULES,
                new Deadline(UUID.randomUUID(), OPP, OPP, NeedsDeadlines.CUSTOMER_LINK, LINK.toString(), expiry), expiry)
                .then(new NeedsLinkExpired(LINK, expiry));
        List<DomainEvent> revoked = new ArrayList<>(sent(Duration.ofDays(14)));
        revoked.add(new NeedsLinkRevoked(LINK, NOW.plusSeconds(60), "alice"));
        DeciderSpec.of(decider).given(revoked).when(new NeedsCommand.MarkLinkUnused(expiry, LINK, expiry)).then();
        List<DomainEvent> outdated = new ArrayList<>(sent(Duration.ofDays(14)));
        outdated.add(new RequirementsClassified(NeedsDeciderTest.REQUIREMENTS.subList(0, 1)));
        DeciderSpec.of(decider).given(outdated).when(new NeedsCommand.MarkLinkUnused(expiry, LINK, expiry)).then();
    }
}
