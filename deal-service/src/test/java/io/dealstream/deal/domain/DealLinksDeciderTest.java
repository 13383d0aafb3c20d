package io.dealstream.deal.domain;

import static io.dealstream.deal.domain.DealDeciderTest.APPROVED;
import static io.dealstream.deal.domain.DealDeciderTest.DRAFTED;
import static io.dealstream.deal.domain.DealDeciderTest.MINUTES1;
import static io.dealstream.deal.domain.DealDeciderTest.NOW;
import static io.dealstream.deal.domain.DealDeciderTest.OPENED;
import static io.dealstream.deal.domain.DealDeciderTest.OPP;
import static io.dealstream.deal.domain.DealDeciderTest.PREPARED;
import static io.dealstream.deal.domain.DealDeciderTest.ROUND1;
import static io.dealstream.deal.domain.DealDeciderTest.SENT;
import static org.assertj.core.api.Assertions.assertThat;

import io.dealstream.events.DomainEvent;
import io.dealstream.events.common.CustomerAct;
import io.dealstream.events.common.LinkEvidence;
import io.dealstream.events.common.MaintenanceCommitment;
import io.dealstream.events.common.MaintenanceKind;
import io.dealstream.events.common.Signature;
import io.dealstream.events.deal.Clause;
import io.dealstream.events.deal.ContractChangeRequested;
import io.dealstream.events.deal.ContractSigned;
import io.dealstream.events.deal.DealLinkExpired;
import io.dealstream.events.deal.DealLinkUsed;
import io.dealstream.events.deal.MeetingMinutesSigned;
import io.dealstream.events.deal.OrderConfirmed;
import io.dealstream.eventstore.Deadline;
import io.dealstream.eventstore.links.CustomerLinks;
import io.dealstream.eventstore.testing.DeciderSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The customer signs the minutes and the contract (or asks for changes) through links: given / when / then. */
class DealLinksDeciderTest {

    static final UUID LINK = UUID.fromString("67676767-6767-6767-6767-676767676767");
    static final UUID ORDER = UUID.fromString("88888888-8888-8888-8888-888888888888");
    static final LinkEvidence SHOWN = new LinkEvidence(null, null, "beef", null, "203.0.113.9", "iPhone Safari");
    static final List<MaintenanceCommitment> MAINTENANCE = List.of(new MaintenanceCommitment(
            MaintenanceKind.MONTHLY_INSPECTION, 1, "inspection"));
    static final Instant LATER = NOW.plus(Duration.ofHours(2));

    final DealDecider decider = new DealDecider();

    static DealCommand.SendLink send(CustomerAct act, Integer round, String summary) {
        return new DealCommand.SendLink(NOW, LINK, act, Duration.ofDays(14), "alice", "li.wei@acme.example",
                "Alice", "Sales lead", round, summary, act == CustomerAct.SIGN_CONTRACT ? MAINTENANCE : null);
    }

    List<DomainEvent> sent(DealCommand.SendLink send, DomainEvent... given) {
        List<DomainEvent> out = new ArrayList<>(List.of(given));
        DeciderSpec.of(decider).given(out).when(send).thenEvents(out::addAll);
        return out;
    }

    @Test
    void theCustomerSignsTheRoundsMinutesAsSentBothSidesOnThem() {
        DeciderSpec.of(decider).given(OPENED, PREPARED, ROUND1).when(send(CustomerAct.SIGN_MINUTES, null, "agreed"))
                .thenRejected("round-required");
        DeciderSpec.of(decider).given(OPENED, PREPARED, ROUND1).when(send(CustomerAct.SIGN_MINUTES, 1, " "))
                .thenRejected("summary-required");
        DeciderSpec.of(decider).given(OPENED, PREPARED, ROUND1, MINUTES1).when(send(CustomerAct.SIGN_MINUTES, 1, "x"))
                .thenRejected("minutes-already-signed");
        DeciderSpec.of(decider).given(OPENED, PREPARED, ROUND1).when(send(CustomerAct.ANSWER_SURVEY, 1, "x"))
                .thenRejected("act-not-here");
        List<DomainEvent> sent = sent(send(CustomerAct.SIGN_MINUTES, 1, "price 45k, delivery end of June"), OPENED,
                PREPARED, ROUND1);
        DeciderSpec.of(decider).given(sent)
                .when(new DealCommand.SignMinutesThroughLink(LATER, LINK, "Li Wei", "CEO", SHOWN))
                .thenEvents(events -> {
                    MeetingMinutesSigned minutes = (MeetingMinutesSigned) events.get(0);
                    assertThat(minutes.round()).isEqualTo(1);
                    assertThat(minutes.summary()).isEqualTo("price 45k, delivery end of June");
                    assertThat(minutes.signatures()).extracting(Signature::side)
                            .containsExactly(Signature.Side.OURS, Signature.Side.CUSTOMER);
                    assertThat(minutes.signatures().get(1).link().linkId()).isEqualTo(LINK);
                    assertThat(events.get(1)).isEqualTo(new DealLinkUsed(LINK, LATER));
                });
        // a minutes link cannot sign the contract
        DeciderSpec.of(decider).given(sent)
                .when(new DealCommand.SignContractThroughLink(LATER, LINK, ORDER, "Li Wei", "CEO", SHOWN))
                .thenRejected("link-other-act");
    }

    @Test
    void theCustomerSignsTheContractWithItsMaintenanceOrAsksForChanges() {
        DeciderSpec.of(decider).given(OPENED, PREPARED, ROUND1, MINUTES1, DRAFTED, APPROVED)
                .when(send(CustomerAct.SIGN_CONTRACT, null, null)).thenRejected("contract-not-sent");
        List<DomainEvent> sent = sent(send(CustomerAct.SIGN_CONTRACT, null, null), OPENED, PREPARED, ROUND1, MINUTES1,
                DRAFTED, APPROVED, SENT);
        DeciderSpec.of(decider).given(sent)
                .when(new DealCommand.SignContractThroughLink(LATER, LINK, ORDER, "Li Wei", "CEO", SHOWN))
                .thenEvents(events -> {
                    ContractSigned signed = (ContractSigned) events.get(0);
                    assertThat(signed.maintenance()).isEqualTo(MAINTENANCE);
                    assertThat(signed.signatures().get(1).throughLink()).isTrue();
                    assertThat(((OrderConfirmed) events.get(1)).orderId()).isEqualTo(ORDER);
                    assertThat(events.get(2)).isEqualTo(new DealLinkUsed(LINK, LATER));
                });
        DeciderSpec.of(decider).given(sent)
                .when(new DealCommand.RequestChangeThroughLink(LATER, LINK, "Li Wei",
                        List.of("Liability: capped at twice the contract value", "pay in two instalments"), SHOWN))
                .thenEvents(events -> {
                    ContractChangeRequested change = (ContractChangeRequested) events.get(0);
                    assertThat(change.amendedClauses()).containsExactly(
                            new Clause("Liability", "capped at twice the contract value"),
                            new Clause("Change 2", "pay in two instalments"));
                    assertThat(change.evidence().linkId()).isEqualTo(LINK);
                    assertThat(events.get(1)).isEqualTo(new DealLinkUsed(LINK, LATER));
                });
        DeciderSpec.of(decider).given(sent)
                .when(new DealCommand.RequestChangeThroughLink(LATER, LINK, " ", List.of("pay later"), SHOWN))
                .thenRejected("name-required");
        Instant expiry = NOW.plus(Duration.ofDays(14));
        DeciderSpec.of(decider).given(sent).whenMissed(DealDeadlines.RULES, new Deadline(UUID.randomUUID(), OPP, OPP,
                CustomerLinks.DEADLINE, LINK.toString(), expiry), expiry).then(new DealLinkExpired(LINK, expiry));
    }
}
