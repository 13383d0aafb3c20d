package io.dealstream.delivery.domain;

import static io.dealstream.delivery.domain.DeliveryDeciderTest.ACCEPTED;
import static io.dealstream.delivery.domain.DeliveryDeciderTest.M1;
import static io.dealstream.delivery.domain.DeliveryDeciderTest.M2;
import static io.dealstream.delivery.domain.DeliveryDeciderTest.NOW;
import static io.dealstream.delivery.domain.DeliveryDeciderTest.OPENED;
import static io.dealstream.delivery.domain.DeliveryDeciderTest.OPP;
import static io.dealstream.delivery.domain.DeliveryDeciderTest.PLANNED;
import static org.assertj.core.api.Assertions.assertThat;

import io.dealstream.events.DomainEvent;
import io.dealstream.events.common.CustomerAct;
import io.dealstream.events.common.LinkEvidence;
import io.dealstream.events.common.Signature;
import io.dealstream.events.delivery.AcceptanceSigned;
import io.dealstream.events.delivery.DeliveryLinkExpired;
import io.dealstream.events.delivery.DeliveryLinkSent;
import io.dealstream.events.delivery.DeliveryLinkUsed;
import io.dealstream.events.delivery.MaintenanceLogged;
import io.dealstream.events.delivery.ProgressReported;
import io.dealstream.events.delivery.SatisfactionSurveyed;
import io.dealstream.events.common.MaintenanceKind;
import io.dealstream.eventstore.Deadline;
import io.dealstream.eventstore.links.CustomerLinks;
import io.dealstream.eventstore.testing.DeciderSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The customer signs the acceptance report and answers the survey through links: given / when / then. */
class DeliveryLinksDeciderTest {

    static final UUID LINK = UUID.fromString("55555555-5555-5555-5555-555555555555");
    static final LinkEvidence SHOWN = new LinkEvidence(null, null, "c0ffee", null, "198.51.100.4", "Android Chrome");
    static final Instant MONTH_LATER = NOW.plus(Duration.ofDays(30));

    final DeliveryDecider decider = new DeliveryDecider();

    static DeliveryCommand.SendLink send(CustomerAct act, Instant now) {
        return new DeliveryCommand.SendLink(now, LINK, act, Duration.ofDays(14), "dan", "li.wei@acme.example",
                "Raj", "Delivery lead");
    }

    /** The given events and the link's sending decided on them. */
    List<DomainEvent> sent(CustomerAct act, Instant now, DomainEvent... given) {
        List<DomainEvent> out = new ArrayList<>(List.of(given));
        DeciderSpec.of(decider).given(out).when(send(act, now)).thenEvents(out::addAll);
        return out;
    }

    @Test
    void theCustomerSignsTheAcceptanceOnceAndBothSidesAreOnItWithTheEvidence() {
        DeciderSpec.of(decider).given(OPENED, PLANNED, M1).when(send(CustomerAct.SIGN_ACCEPTANCE, NOW))
                .thenRejected("milestones-open");
        DeciderSpec.of(decider).given(OPENED).when(send(CustomerAct.SIGN_ACCEPTANCE, NOW)).thenRejected("no-plan");
        DeciderSpec.of(decider).given(OPENED, PLANNED, M1, M2).when(send(CustomerAct.SIGN_CONTRACT, NOW))
                .thenRejected("act-not-here");
        List<DomainEvent> sent = sent(CustomerAct.SIGN_ACCEPTANCE, NOW, OPENED, PLANNED, M1, M2);
        assertThat(((DeliveryLinkSent) sent.get(sent.size() - 1)).ours().name()).isEqualTo("Raj");

        Instant later = NOW.plus(Duration.ofHours(5));
        DeciderSpec.of(decider).given(sent)
                .when(new DeliveryCommand.SignAcceptanceThroughLink(later, LINK, "Li Wei", "CTO", SHOWN))
                .thenEvents(events -> {
                    AcceptanceSigned signed = (AcceptanceSigned) events.get(0);
                    assertThat(signed.signatures()).extracting(Signature::side)
                            .containsExactly(Signature.Side.OURS, Signature.Side.CUSTOMER);
                    assertThat(signed.signatures().get(1).link()).isEqualTo(new LinkEvidence(LINK,
                            "acceptance-report@4", "c0ffee", later, "198.51.100.4", "Android Chrome"));
                    assertThat(signed.reportRef()).isEqualTo("acceptance report acceptance-report@4");
                    assertThat(events.get(1)).isEqualTo(new DeliveryLinkUsed(LINK, later));
                });
        // a weekly report after the link was sent changes the report: the link names an older version
        List<DomainEvent> changed = new ArrayList<>(sent);
        changed.add(new ProgressReported(2, "all done", List.of()));
        DeciderSpec.of(decider).given(changed)
                .when(new DeliveryCommand.SignAcceptanceThroughLink(later, LINK, "Li Wei", "CTO", SHOWN))
                .thenRejected("link-outdated");
        // a survey link cannot sign the acceptance
        DeciderSpec.of(decider).given(sent)
                .when(new DeliveryCommand.AnswerSurveyThroughLink(later, LINK, "Li Wei", 5, 5, 5, 5,
                        SatisfactionSurveyed.Overall.SATISFIED, null, SHOWN)).thenRejected("link-other-act");
    }

    @Test
    void theCustomerAnswersTheSurveyOnceAfterRealUseAndMaintenanceDoesNotOutdateIt() {
        DeciderSpec.of(decider).given(OPENED, PLANNED, M1, M2).when(send(CustomerAct.ANSWER_SURVEY, NOW))
                .thenRejected("not-accepted");
        DeciderSpec.of(decider).given(OPENED, PLANNED, M1, M2, ACCEPTED).when(send(CustomerAct.ANSWER_SURVEY, NOW))
                .thenRejected("survey-too-early");
        List<DomainEvent> sent = sent(CustomerAct.ANSWER_SURVEY, MONTH_LATER, OPENED, PLANNED, M1, M2, ACCEPTED,
                new MaintenanceLogged(MaintenanceKind.MONTHLY_INSPECTION, NOW.plus(Duration.ofDays(20)), "ok"));
        sent.add(new MaintenanceLogged(MaintenanceKind.MONTHLY_INSPECTION, MONTH_LATER, "after the link"));
        Instant answered = MONTH_LATER.plusSeconds(600);
        DeciderSpec.of(decider).given(sent).when(new DeliveryCommand.AnswerSurveyThroughLink(answered, LINK,
                        "Li Wei", 5, 4, 3, 5, SatisfactionSurveyed.Overall.SATISFIED, " faster replies ", SHOWN))
                .then(new SatisfactionSurveyed(5, 4, 3, 5, SatisfactionSurveyed.Overall.SATISFIED, "faster replies", 5,
                        answered, "Li Wei", new LinkEvidence(LINK, "satisfaction-survey@1", "c0ffee", answered,
                                "198.51.100.4", "Android Chrome")), new DeliveryLinkUsed(LINK, answered));
        DeciderSpec.of(decider).given(sent).when(new DeliveryCommand.AnswerSurveyThroughLink(answered, LINK,
                "Li Wei", 6, 4, 3, 5, SatisfactionSurveyed.Overall.SATISFIED, null, SHOWN)).thenRejected("score-range");
        DeciderSpec.of(decider).given(sent).when(new DeliveryCommand.AnswerSurveyThroughLink(answered, LINK,
                "Li Wei", 5, 4, 3, 5, null, null, SHOWN)).thenRejected("overall-required");
        DeciderSpec.of(decider).given(sent).when(new DeliveryCommand.AnswerSurveyThroughLink(answered, LINK,
                " ", 5, 4, 3, 5, SatisfactionSurveyed.Overall.NEUTRAL, null, SHOWN)).thenRejected("respondent-required");
    }

    @Test
    void anUnusedLinkIsOverdueAtItsExpiryUnlessItsActIsDone() {
        List<DomainEvent> sent = sent(CustomerAct.ANSWER_SURVEY, MONTH_LATER, OPENED, PLANNED, M1, M2, ACCEPTED);
        Instant expiry = MONTH_LATER.plus(Duration.ofDays(14));
        DeliveryDeadlines rules = new DeliveryDeadlines(new DeliveryRules(Duration.ofDays(7), java.time.Period.ofDays(21), 5),
                Duration.ofDays(3), java.time.Period.ofMonths(1));
        DeciderSpec.of(decider).given(sent).whenMissed(rules, new Deadline(UUID.randomUUID(), OPP, OPP,
                CustomerLinks.DEADLINE, LINK.toString(), expiry), expiry).then(new DeliveryLinkExpired(LINK, expiry));
        List<DomainEvent> surveyed = new ArrayList<>(sent);
        surveyed.add(new SatisfactionSurveyed(4, 4, 4, 4, SatisfactionSurveyed.Overall.NEUTRAL, null, 5, MONTH_LATER));
        DeciderSpec.of(decider).given(surveyed).when(new DeliveryCommand.MarkLinkUnused(expiry, LINK, expiry)).then();
    }
}
