package io.dealstream.pipeline;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.dealstream.events.DomainEvent;
import io.dealstream.events.common.Contact;
import io.dealstream.events.common.MaintenanceCommitment;
import io.dealstream.events.common.MaintenanceKind;
import io.dealstream.events.common.Money;
import io.dealstream.events.common.Quote;
import io.dealstream.events.common.QuoteLine;
import io.dealstream.events.common.Scenario;
import io.dealstream.events.common.Terms;
import io.dealstream.events.deal.ContractSigned;
import io.dealstream.events.deal.NegotiationOpened;
import io.dealstream.events.deal.SigningMethod;
import io.dealstream.events.lead.Channel;
import io.dealstream.events.lead.FollowUpKind;
import io.dealstream.events.lead.FollowUpOverdue;
import io.dealstream.events.lead.Intent;
import io.dealstream.events.lead.LeadCaptured;
import io.dealstream.events.lead.LeadQualified;
import io.dealstream.events.lead.LeadReactivated;
import io.dealstream.events.lead.Tier;
import io.dealstream.events.needs.NeedsResearchOpened;
import io.dealstream.events.proposal.ProposalDrafted;
import io.dealstream.events.proposal.ProposalRejected;
import io.dealstream.events.proposal.ProposalSections;
import io.dealstream.localstack.LocalStackResource;
import io.dealstream.localstack.RecordPublisher;
import io.dealstream.localstack.TestAuth;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The pipeline view from events of all five topics, and the funnel replayed as of past dates. */
@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = "pipeline"))
class PipelineViewTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @BeforeAll
    static void authenticate() {
        TestAuth.allRoles();
    }

    private static Instant day(int month, int day) {
        return Instant.parse(String.format("2001-%02d-%02dT10:00:00Z", month, day));
    }

    private static LeadCaptured captured(UUID id, String customer) {
        return new LeadCaptured(id, null, customer, new Contact("X", null, null, "x@x.example"), Channel.TRADE_SHOW,
                null, null, Scenario.NEW_CUSTOMER, null, null, "alice");
    }

    private static void publish(RecordPublisher p, UUID id, DomainEvent event, Instant at) {
        p.publish(id, event, UUID.randomUUID(), at);
    }

    @Test
    void opportunitiesAndTheFunnelAsOfAnyDate() {
        UUID won = UUID.randomUUID();
        UUID rejected = UUID.randomUUID();
        UUID overdue = UUID.randomUUID();
        Quote quote = new Quote(List.of(new QuoteLine("licence", BigDecimal.ONE, new BigDecimal("48000"))), "EUR",
                new BigDecimal("48000"));
        Terms terms = new Terms(new Money(new BigDecimal("45000"), "EUR"), 30, "transfer", LocalDate.parse("2001-06-30"),
                "capped", null);
        try (RecordPublisher p = new RecordPublisher(LocalStackResource.stack().kafkaBootstrapServers())) {
            publish(p, won, captured(won, "Won AG"), day(1, 1));
            publish(p, won, new NeedsResearchOpened(won, day(1, 4), "Won AG", Scenario.NEW_CUSTOMER, null, null, null,
                    null), day(1, 3));
            publish(p, won, new ProposalDrafted(UUID.randomUUID(), 1, new ProposalSections("p", "s", "i", List.of(), quote),
                    List.of(), List.of(), List.of(), List.of(), List.of(), Scenario.NEW_CUSTOMER, "Won AG", null), day(1, 10));
            publish(p, won, new NegotiationOpened(won, quote, Scenario.NEW_CUSTOMER, "Won AG", null), day(1, 20));
            publish(p, won, new ContractSigned(UUID.randomUUID(), SigningMethod.PAPER, day(2, 1), List.of("a", "b"),
                    terms.price(), terms, terms.deliveryDate(), List.of(new MaintenanceCommitment(
                    MaintenanceKind.MONTHLY_INSPECTION, 1, "x")), Scenario.NEW_CUSTOMER, "Won AG", null), day(2, 1));

            publish(p, rejected, captured(rejected, "Rejected BV"), day(1, 2));
            publish(p, rejected, new NeedsResearchOpened(rejected, day(1, 6), "Rejected BV", Scenario.NEW_CUSTOMER, null,
                    null, null, null), day(1, 5));
            publish(p, rejected, new ProposalRejected("budget frozen"), day(1, 15));

            publish(p, overdue, captured(overdue, "Overdue Oy"), day(1, 25));
            publish(p, overdue, new LeadQualified(Intent.MEDIUM, "r", Tier.MEDIUM, day(2, 1), "Overdue Oy", null,
                    new Contact("X", null, null, "x@x.example"), null, null, Scenario.NEW_CUSTOMER, false, "alice"), day(1, 25));
            publish(p, overdue, new FollowUpOverdue(FollowUpKind.NURTURE_FOLLOW_UP_7D, day(2, 1)), day(2, 1));
        }

        await().atMost(WAIT).untilAsserted(() -> given().get("/pipeline/opportunities/" + won).then().statusCode(200)
                .body("stage", equalTo("DELIVERY")).body("outcome", equalTo("WON")).body("value", equalTo("45000"))
                .body("customerName", equalTo("Won AG")));
        await().atMost(WAIT).untilAsserted(() -> given().get("/pipeline/opportunities/" + rejected).then()
                .body("outcome", equalTo("LOST")).body("stage", equalTo("NEEDS")));
        await().atMost(WAIT).untilAsserted(() -> given().get("/pipeline/opportunities/" + overdue).then()
                .body("overdue", equalTo(true)).body("stage", equalTo("LEAD")));

        given().queryParam("asOf", "2001-01-12T00:00:00Z").get("/pipeline/funnel").then().statusCode(200)
                .body("stages.stage", contains("LEAD", "NEEDS", "PROPOSAL", "NEGOTIATION", "DELIVERY"))
                .body("stages.entered", contains(2, 2, 1, 0, 0))
                .body("won", equalTo(0)).body("lost", equalTo(0));
        given().queryParam("asOf", "2001-02-02T00:00:00Z").get("/pipeline/funnel").then()
                .body("stages.entered", contains(3, 2, 1, 1, 1))
                .body("stages[0].conversionToNextPercent", equalTo("66.7"))
                .body("stages[0].averageDaysBeforeNext", equalTo("2.50"))
                .body("won", equalTo(1)).body("lost", equalTo(1)).body("winRatePercent", equalTo("50.0"));
        given().queryParam("stage", "DELIVERY").get("/pipeline").then().body("items.opportunityId",
                org.hamcrest.Matchers.hasItem(won.toString()));
        given().queryParam("asOf", "yesterday").get("/pipeline/funnel").then().statusCode(400);
        given().queryParam("stage", "WON").get("/pipeline").then().statusCode(400);
    }

    @Test
    void aLostOpportunityShowsTheReactivationLeadServiceOpensAndItsMiss() {
        UUID id = UUID.randomUUID();
        Instant t0 = Instant.parse("2005-05-02T09:00:00Z");
        Instant due = t0.plusSeconds(91L * 86_400);
        try (RecordPublisher p = new RecordPublisher(LocalStackResource.stack().kafkaBootstrapServers())) {
            publish(p, id, captured(id, "Postponed SA"), t0);
            publish(p, id, new NeedsResearchOpened(id, t0.plusSeconds(86_400), "Postponed SA", Scenario.NEW_CUSTOMER,
                    null, null, null, null), t0.plusSeconds(3_600));
            publish(p, id, new ProposalRejected("project postponed a year"), t0.plusSeconds(20 * 86_400));
        }
        // the topics are consumed apart: lead-service re-grades only after both are in
        await().atMost(WAIT).untilAsserted(() -> given().get("/pipeline/opportunities/" + id).then().statusCode(200)
                .body("outcome", equalTo("LOST")).body("stage", equalTo("NEEDS")));
        try (RecordPublisher p = new RecordPublisher(LocalStackResource.stack().kafkaBootstrapServers())) {
            publish(p, id, new LeadQualified(Intent.LOW, "proposal rejected", Tier.LOW, due, "Postponed SA", null,
                    new Contact("X", null, null, "x@x.example"), null, null, Scenario.NEW_CUSTOMER, false, "alice"),
                    t0.plusSeconds(20 * 86_400 + 1));
            publish(p, id, new FollowUpOverdue(FollowUpKind.QUARTERLY_REACTIVATION, due), due);
        }
        await().atMost(WAIT).untilAsserted(() -> given().get("/pipeline/opportunities/" + id).then()
                .body("outcome", equalTo("LOST")).body("overdue", equalTo(true))
                .body("nextDeadlineKind", equalTo("LOW_FOLLOW_UP")).body("nextDeadlineAt", equalTo("2005-08-01T09:00:00Z")));
    }

    @Test
    void aMissedAfterSalesDeadlineIsNamedUntilTheActThatMeetsIt() {
        UUID id = UUID.randomUUID();
        Instant t0 = Instant.parse("2004-03-01T09:00:00Z");
        try (RecordPublisher p = new RecordPublisher(LocalStackResource.stack().kafkaBootstrapServers())) {
            publish(p, id, captured(id, "Late Reports AB"), t0);
            publish(p, id, new io.dealstream.events.delivery.ProgressReportOverdue(3, t0.plusSeconds(21 * 86_400)),
                    t0.plusSeconds(21 * 86_400));
        }
        await().atMost(WAIT).untilAsserted(() -> given().get("/pipeline/opportunities/" + id).then().statusCode(200)
                .body("overdue", equalTo(true)).body("nextDeadlineKind", equalTo("PROGRESS_REPORT"))
                .body("nextDeadlineAt", equalTo("2004-03-22T09:00:00Z")));
        given().queryParam("overdue", true).queryParam("q", "Late Reports").get("/pipeline").then()
                .body("items.nextDeadlineKind", contains("PROGRESS_REPORT"));
        try (RecordPublisher p = new RecordPublisher(LocalStackResource.stack().kafkaBootstrapServers())) {
            publish(p, id, new io.dealstream.events.delivery.SurveyOverdue(t0.plusSeconds(40 * 86_400)),
                    t0.plusSeconds(40 * 86_400));
            publish(p, id, new io.dealstream.events.delivery.ProgressReported(4, "week 4", List.of()),
                    t0.plusSeconds(41 * 86_400));
        }
        // the survey, missed later, is named; the next week's report meets only its own kind
        await().atMost(WAIT).untilAsserted(() -> given().get("/pipeline/opportunities/" + id).then()
                .body("overdue", equalTo(true)).body("nextDeadlineKind", equalTo("SURVEY_1M")));
        try (RecordPublisher p = new RecordPublisher(LocalStackResource.stack().kafkaBootstrapServers())) {
            publish(p, id, new io.dealstream.events.delivery.SatisfactionSurveyed(5, 4, 5, 4,
                    io.dealstream.events.delivery.SatisfactionSurveyed.Overall.SATISFIED, null, 5, null, null, null),
                    t0.plusSeconds(43 * 86_400));
        }
        await().atMost(WAIT).untilAsserted(() -> given().get("/pipeline/opportunities/" + id).then()
                .body("overdue", equalTo(false)).body("nextDeadlineKind", equalTo(null)));
    }

    @Test
    void aReopenedOpportunityRunsTheStagesAgainAsItsNextCycleAndTheFunnelCountsBoth() {
        UUID id = UUID.randomUUID();
        Instant t0 = Instant.parse("2003-01-01T09:00:00Z");
        Contact contact = new Contact("X", null, null, "x@x.example");
        // the funnel before this opportunity: everything it adds is counted against this
        io.restassured.path.json.JsonPath before = given().queryParam("asOf", "2003-12-31T00:00:00Z").get("/pipeline/funnel")
                .then().statusCode(200).extract().jsonPath();
        try (RecordPublisher p = new RecordPublisher(LocalStackResource.stack().kafkaBootstrapServers())) {
            publish(p, id, captured(id, "Twice GmbH"), t0);
            publish(p, id, new LeadQualified(Intent.HIGH, "r", Tier.HIGH, t0.plusSeconds(86_400), "Twice GmbH", null,
                    contact, null, null, Scenario.NEW_CUSTOMER, false, "alice", 1), t0);
            publish(p, id, new NeedsResearchOpened(id, t0.plusSeconds(86_400), "Twice GmbH", Scenario.NEW_CUSTOMER, null,
                    null, null, null, 1), t0.plusSeconds(60));
            publish(p, id, new ProposalRejected("budget frozen"), t0.plusSeconds(3_600));
        }
        await().atMost(WAIT).untilAsserted(() -> given().get("/pipeline/opportunities/" + id).then().statusCode(200)
                .body("cycle", equalTo(1)).body("outcome", equalTo("LOST")));
        try (RecordPublisher p = new RecordPublisher(LocalStackResource.stack().kafkaBootstrapServers())) {
            // months later: re-graded HIGH, a new cycle
            Instant t1 = t0.plusSeconds(90L * 86_400);
            publish(p, id, new LeadReactivated(Intent.LOW, "new budget year"), t1);
            publish(p, id, new LeadQualified(Intent.HIGH, "r", Tier.HIGH, t1.plusSeconds(86_400), "Twice GmbH", null,
                    contact, null, null, Scenario.NEW_CUSTOMER, false, "alice", 2), t1.plusSeconds(10));
            publish(p, id, new NeedsResearchOpened(id, t1.plusSeconds(86_400), "Twice GmbH", Scenario.NEW_CUSTOMER,
                    null, null, null, null, 2), t1.plusSeconds(60));
        }
        await().atMost(WAIT).untilAsserted(() -> given().get("/pipeline/opportunities/" + id).then().statusCode(200)
                .body("cycle", equalTo(2)).body("stage", equalTo("NEEDS")).body("outcome", equalTo(null))
                .body("nextDeadlineKind", equalTo("DEEP_TALK_24H")));
        io.restassured.path.json.JsonPath after = given().queryParam("asOf", "2003-12-31T00:00:00Z").get("/pipeline/funnel")
                .then().statusCode(200).extract().jsonPath();
        // both cycles entered LEAD and NEEDS; the first cycle's loss stays counted
        assertThat(after.getInt("stages[0].entered") - before.getInt("stages[0].entered")).isEqualTo(2);
        assertThat(after.getInt("stages[1].entered") - before.getInt("stages[1].entered")).isEqualTo(2);
        assertThat(after.getInt("lost") - before.getInt("lost")).isEqualTo(1);
    }
}
