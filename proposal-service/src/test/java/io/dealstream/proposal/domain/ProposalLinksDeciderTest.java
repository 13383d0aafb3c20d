package io.dealstream.proposal.domain;

import static io.dealstream.proposal.domain.ProposalDeciderTest.COVERAGE;
import static io.dealstream.proposal.domain.ProposalDeciderTest.DRAFTED;
import static io.dealstream.proposal.domain.ProposalDeciderTest.FULL;
import static io.dealstream.proposal.domain.ProposalDeciderTest.NOW;
import static io.dealstream.proposal.domain.ProposalDeciderTest.OPENED;
import static io.dealstream.proposal.domain.ProposalDeciderTest.OPP;
import static io.dealstream.proposal.domain.ProposalDeciderTest.PRESENTED;
import static io.dealstream.proposal.domain.ProposalDeciderTest.QUOTE;
import static io.dealstream.proposal.domain.ProposalDeciderTest.R1;
import static io.dealstream.proposal.domain.ProposalDeciderTest.R2;
import static org.assertj.core.api.Assertions.assertThat;

import io.dealstream.events.DomainEvent;
import io.dealstream.events.common.CustomerAct;
import io.dealstream.events.common.LinkEvidence;
import io.dealstream.events.proposal.ObjectionRaised;
import io.dealstream.events.proposal.ObjectionType;
import io.dealstream.events.proposal.ProposalAccepted;
import io.dealstream.events.proposal.ProposalLinkExpired;
import io.dealstream.events.proposal.ProposalLinkOpened;
import io.dealstream.events.proposal.ProposalLinkRevoked;
import io.dealstream.events.proposal.ProposalLinkSent;
import io.dealstream.events.proposal.ProposalLinkUsed;
import io.dealstream.events.proposal.ProposalRevised;
import io.dealstream.events.proposal.ProposalRevisionConfirmed;
import io.dealstream.events.proposal.ProposalSections;
import io.dealstream.events.proposal.QuestionRaised;
import io.dealstream.events.proposal.SectionChange;
import io.dealstream.eventstore.Deadline;
import io.dealstream.eventstore.DeadlineChange;
import io.dealstream.eventstore.links.CustomerLinks;
import io.dealstream.eventstore.testing.DeciderSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The customer confirms a revision and asks about the proposal through links: given / when / then. */
class ProposalLinksDeciderTest {

    static final UUID LINK = UUID.fromString("66666666-6666-6666-6666-666666666666");
    static final LinkEvidence SHOWN = new LinkEvidence(null, null, "c0ffee", null, "198.51.100.4", "Firefox");
    static final Instant LATER = NOW.plus(Duration.ofHours(3));
    static final ProposalSections SHORTER = new ProposalSections("pains", "asset register", "4 weeks",
            FULL.valueQuantification(), QUOTE, FULL.risks(), FULL.customParts());
    static final ProposalRevised REVISED = new ProposalRevised(2, List.of(new SectionChange("implementationPath",
            "6 weeks", "4 weeks")), "shorten the schedule", SHORTER, COVERAGE);

    final ProposalDecider decider = new ProposalDecider(Duration.ofHours(24));

    static ProposalCommand.SendLink send(CustomerAct act) {
        return new ProposalCommand.SendLink(NOW, LINK, act, Duration.ofDays(14), "alice", " li.wei@acme.example ");
    }

    List<DomainEvent> sent(CustomerAct act, DomainEvent... given) {
        List<DomainEvent> out = new ArrayList<>(List.of(given));
        DeciderSpec.of(decider).given(out).when(send(act)).thenEvents(out::addAll);
        return out;
    }

    @Test
    void theCustomerConfirmsTheCurrentRevisionOnceWithTheEvidence() {
        DeciderSpec.of(decider).given(OPENED, DRAFTED, R1, R2, PRESENTED)
                .when(send(CustomerAct.CONFIRM_PROPOSAL_REVISION)).thenRejected("no-revision-to-confirm");
        DeciderSpec.of(decider).given(OPENED, DRAFTED, R1, R2, PRESENTED, REVISED,
                        new ProposalRevisionConfirmed(2, "Li Wei", NOW))
                .when(send(CustomerAct.CONFIRM_PROPOSAL_REVISION)).thenRejected("revision-already-confirmed");
        DeciderSpec.of(decider).given(OPENED, DRAFTED, R1, R2, PRESENTED, REVISED)
                .when(send(CustomerAct.SIGN_CONTRACT)).thenRejected("act-not-here");
        List<DomainEvent> sent = sent(CustomerAct.CONFIRM_PROPOSAL_REVISION, OPENED, DRAFTED, R1, R2, PRESENTED,
                REVISED);
        assertThat(sent.get(sent.size() - 1)).isEqualTo(new ProposalLinkSent(LINK,
                CustomerAct.CONFIRM_PROPOSAL_REVISION, "proposal-revision@2", NOW, NOW.plus(Duration.ofDays(14)),
                "alice", "li.wei@acme.example"));

        DeciderSpec.of(decider).given(sent).when(new ProposalCommand.OpenLink(LATER, LINK))
                .then(new ProposalLinkOpened(LINK, LATER));
        DeciderSpec.of(decider).given(sent)
                .when(new ProposalCommand.ConfirmRevisionThroughLink(LATER, LINK, "Li Wei", "CTO", SHOWN))
                .then(new ProposalRevisionConfirmed(2, "Li Wei", LATER, "CTO", new LinkEvidence(LINK,
                        "proposal-revision@2", "c0ffee", LATER, "198.51.100.4", "Firefox"), null),
                        new ProposalLinkUsed(LINK, LATER));
        DeciderSpec.of(decider).given(sent)
                .when(new ProposalCommand.ConfirmRevisionThroughLink(LATER, LINK, "Li Wei", " ", SHOWN))
                .thenRejected("role-required");
        DeciderSpec.of(decider).given(sent)
                .when(new ProposalCommand.ConfirmRevisionThroughLink(LATER, LINK, " ", "CTO", SHOWN))
                .thenRejected("name-required");
        // confirmed through the link: the acceptance may follow, and the link cannot be used again
        List<DomainEvent> confirmed = new ArrayList<>(sent);
        DeciderSpec.of(decider).given(sent)
                .when(new ProposalCommand.ConfirmRevisionThroughLink(LATER, LINK, "Li Wei", "CTO", SHOWN))
                .thenEvents(confirmed::addAll);
        DeciderSpec.of(decider).given(confirmed).when(new ProposalCommand.Accept(LATER, null))
                .thenEvents(events -> assertThat(events.get(0)).isInstanceOf(ProposalAccepted.class));
        DeciderSpec.of(decider).given(confirmed)
                .when(new ProposalCommand.ConfirmRevisionThroughLink(LATER, LINK, "Li Wei", "CTO", SHOWN))
                .thenRejected("link-used");
        DeciderSpec.of(decider).given(confirmed).when(new ProposalCommand.RevokeLink(LATER, LINK, "alice"))
                .thenRejected("link-used");
    }

    @Test
    void aNewRevisionOutdatesTheLinkAndAnAskLinkCannotConfirm() {
        List<DomainEvent> sent = sent(CustomerAct.CONFIRM_PROPOSAL_REVISION, OPENED, DRAFTED, R1, R2, PRESENTED,
                REVISED);
        List<DomainEvent> revisedAgain = new ArrayList<>(sent);
        revisedAgain.add(new ProposalRevised(3, List.of(new SectionChange("implementationPath", "4 weeks", "5 weeks")),
                "a week for training", FULL, COVERAGE));
        DeciderSpec.of(decider).given(revisedAgain)
                .when(new ProposalCommand.ConfirmRevisionThroughLink(LATER, LINK, "Li Wei", "CTO", SHOWN))
                .thenRejected("link-outdated");
        // a question answered meanwhile does not change what the customer confirms
        List<DomainEvent> withQuestion = new ArrayList<>(sent);
        withQuestion.add(new QuestionRaised(UUID.randomUUID(), "training?", NOW, "alice", NOW.plusSeconds(86_400)));
        DeciderSpec.of(decider).given(withQuestion)
                .when(new ProposalCommand.ConfirmRevisionThroughLink(LATER, LINK, "Li Wei", "CTO", SHOWN))
                .thenEvents(events -> assertThat(events).hasSize(2));
        DeciderSpec.of(decider).given(sent)
                .when(new ProposalCommand.AskThroughLink(LATER, LINK, "Li Wei", List.of("why?"), null, null, SHOWN))
                .thenRejected("link-other-act");
        DeciderSpec.of(decider).given(sent).when(new ProposalCommand.RevokeLink(LATER, LINK, "alice"))
                .then(new ProposalLinkRevoked(LINK, LATER, "alice"));
    }

    @Test
    void theCustomersQuestionsAndObjectionAreOwnedByTheSenderAndDueIn24Hours() {
        DeciderSpec.of(decider).given(OPENED, DRAFTED, R1, R2).when(send(CustomerAct.ASK_ABOUT_PROPOSAL))
                .thenRejected("not-presented");
        List<DomainEvent> sent = sent(CustomerAct.ASK_ABOUT_PROPOSAL, OPENED, DRAFTED, R1, R2, PRESENTED);
        LinkEvidence evidence = new LinkEvidence(LINK, "proposal-revision@1", "c0ffee", LATER, "198.51.100.4",
                "Firefox");
        Instant due = LATER.plus(Duration.ofHours(24));
        DeciderSpec.of(decider).given(sent).when(new ProposalCommand.AskThroughLink(LATER, LINK, "Li Wei",
                        List.of(" Is training included? ", " ", "Who hosts the data?"), ObjectionType.PRICE,
                        " Above our budget for this year ", SHOWN))
                .thenEvents(events -> {
                    assertThat(events).hasSize(4);
                    QuestionRaised first = (QuestionRaised) events.get(0);
                    assertThat(first.text()).isEqualTo("Is training included?");
                    assertThat(first.owner()).isEqualTo("alice");
                    assertThat(first.answerDueAt()).isEqualTo(due);
                    assertThat(first.askedBy()).isEqualTo("Li Wei");
                    assertThat(first.evidence()).isEqualTo(evidence);
                    assertThat(((QuestionRaised) events.get(1)).text()).isEqualTo("Who hosts the data?");
                    ObjectionRaised objection = (ObjectionRaised) events.get(2);
                    assertThat(objection.type()).isEqualTo(ObjectionType.PRICE);
                    assertThat(objection.description()).isEqualTo("Above our budget for this year");
                    assertThat(objection.responseDueAt()).isEqualTo(due);
                    assertThat(objection.raisedBy()).isEqualTo("Li Wei");
                    assertThat(objection.evidence()).isEqualTo(evidence);
                    assertThat(events.get(3)).isEqualTo(new ProposalLinkUsed(LINK, LATER));
                });
        DeciderSpec.of(decider).given(sent).when(new ProposalCommand.AskThroughLink(LATER, LINK, "Li Wei",
                List.of(" "), null, " ", SHOWN)).thenRejected("question-required");
        DeciderSpec.of(decider).given(sent).when(new ProposalCommand.AskThroughLink(LATER, LINK, "Li Wei",
                List.of(), null, "too dear", SHOWN)).thenRejected("objection-type-required");
        DeciderSpec.of(decider).given(sent).when(new ProposalCommand.ConfirmRevisionThroughLink(LATER, LINK, "Li Wei",
                "CTO", SHOWN)).thenRejected("link-other-act");
        DeciderSpec.of(decider).given(sent).when(new ProposalCommand.AskThroughLink(NOW.plus(Duration.ofDays(15)),
                LINK, "Li Wei", List.of("late?"), null, null, SHOWN)).thenRejected("link-expired");
    }

    @Test
    void theLinkIsADeadlineAndAnUnusedOneIsOverdueAtItsExpiryWhileItsActIsAwaited() {
        List<DomainEvent> sent = sent(CustomerAct.CONFIRM_PROPOSAL_REVISION, OPENED, DRAFTED, R1, R2, PRESENTED,
                REVISED);
        Instant expiry = NOW.plus(Duration.ofDays(14));
        DeciderSpec.of(decider).given(sent.subList(0, sent.size() - 1)).when(send(CustomerAct.CONFIRM_PROPOSAL_REVISION))
                .thenDeadlines(ProposalDeadlines.RULES, DeadlineChange.open(CustomerLinks.DEADLINE, LINK.toString(),
                        expiry));
        DeciderSpec.of(decider).given(sent).whenMissed(ProposalDeadlines.RULES, new Deadline(UUID.randomUUID(), OPP,
                OPP, CustomerLinks.DEADLINE, LINK.toString(), expiry), expiry).then(new ProposalLinkExpired(LINK,
                expiry));
        // confirmed by staff meanwhile (recorded with where it was given): nothing is awaited any more
        List<DomainEvent> confirmedByStaff = new ArrayList<>(sent);
        confirmedByStaff.add(new ProposalRevisionConfirmed(2, "Li Wei", NOW, null, null, "mail of 10 March"));
        DeciderSpec.of(decider).given(confirmedByStaff).when(new ProposalCommand.MarkLinkUnused(expiry, LINK, expiry))
                .then();
        Proposal folded = decider.initialState();
        for (DomainEvent e : confirmedByStaff) {
            folded = decider.evolve(folded, e);
        }
        assertThat(folded.revision(2).orElseThrow().reference()).isEqualTo("mail of 10 March");
        assertThat(folded.revision(2).orElseThrow().confirmedThroughLink()).isFalse();
    }
}
