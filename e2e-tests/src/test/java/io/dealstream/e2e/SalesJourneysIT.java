package io.dealstream.e2e;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.dealstream.events.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Whole journeys across the five packaged services, over REST only: every hand-over (lead to needs to
 * proposal to deal to delivery, and back to leads) happens by itself through Debezium and Kafka.
 */
class SalesJourneysIT {

    private static Platform platform;
    private static Steps steps;

    @BeforeAll
    static void startPlatform() {
        platform = Platform.get();
        steps = new Steps(platform);
    }

    @Test
    void aHighLeadRunsToASurveyAndAnUpsellBecomesARepeatPurchaseLead() {
        String customer = "Journey High AG";
        String id = steps.captureLead(customer, "NEW_CUSTOMER");
        steps.winAndDeliver(id, "45000.00");
        String upsellLead = platform.post(Stage.DELIVERY, "/deliveries/" + id + "/upsells",
                "{\"product\": \"analytics add-on\", \"rationale\": \"weekly reports requested\"}").statusCode(200)
                .body("created[0].kind", equalTo("lead")).extract().path("created[0].id");

        await().atMost(Steps.HANDOVER).untilAsserted(() -> platform.sales(Stage.LEAD)
                .queryParam("q", customer).queryParam("scenario", "REPEAT_PURCHASE").get("/leads").then()
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(upsellLead)) // the id the upsell's answer named
                .body("items[0].channel", equalTo("EXISTING_CUSTOMER"))
                .body("items[0].contact.name", equalTo("Li Wei")));
        // exactly one: asked again once lead-service has consumed everything published so far (a duplicate
        // hand-over would have arrived by then), not the moment the first one showed up
        onlyOneLeadAfterLeadServiceCaughtUp(java.util.Map.of("q", customer, "scenario", "REPEAT_PURCHASE"));
        // the survey waits for real use: nobody answered for this customer yet
        platform.get(Stage.DELIVERY, "/satisfaction/report").body("customers.customerName",
                org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(customer)));
        // the pipeline view followed the opportunity through all five topics
        await().atMost(Steps.HANDOVER).untilAsserted(() -> platform.pipeline().get("/pipeline/opportunities/" + id)
                .then().statusCode(200).body("stage", equalTo("DELIVERY")).body("outcome", equalTo("WON"))
                .body("value", equalTo("45000.00")).body("customerName", equalTo(customer)));
        platform.pipeline().get("/pipeline/funnel").then().statusCode(200)
                .body("won", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
    }

    @Test
    void aMediumLeadIsNurturedRegradedThenLostInNegotiationAndDeferred() {
        String id = steps.captureLead("Journey Medium BV", "NEW_CUSTOMER");
        steps.firstContact(id, true, false);
        platform.get(Stage.LEAD, "/leads/" + id).body("tier", equalTo("MEDIUM"));
        platform.post(Stage.LEAD, "/leads/" + id + "/nurture-material",
                "{\"material\": \"rail case study\", \"channel\": \"email\"}").statusCode(200);
        platform.post(Stage.LEAD, "/leads/" + id + "/follow-ups", """
                {"notes": "budget approved", "outcome": "REACHED", "budgetRange": {"min": "30000", "currency": "EUR"}}""")
                .statusCode(200);
        platform.get(Stage.LEAD, "/leads/" + id).body("tier", equalTo("HIGH"));

        steps.confirmNeeds(id);
        steps.acceptProposal(id);
        steps.prepareDeal(id);
        platform.post(Stage.DEAL, "/deals/" + id + "/loss",
                "{\"stage\": \"NEGOTIATION\", \"reason\": \"competitor 20 % cheaper\", \"competitor\": \"Initech\"}")
                .statusCode(200);

        await().atMost(Steps.HANDOVER).untilAsserted(() -> platform.get(Stage.LEAD, "/leads/" + id)
                .body("tier", equalTo("LOW")).body("status", equalTo("DEFERRED"))
                .body("nextFollowUpKind", equalTo("QUARTERLY_REACTIVATION")));
    }

    @Test
    void aKeyAccountDealTakesThreeRoundsAndABottomLineException() {
        // captured as a new customer, flagged KEY_ACCOUNT later by a manager: every later stage follows
        String id = steps.captureLead("Journey Key Account SE", "NEW_CUSTOMER");
        steps.firstContact(id, true, true);
        platform.as(Stage.LEAD, "sam", "sales").body("{\"scenario\": \"KEY_ACCOUNT\", \"reason\": \"group rollout\"}")
                .post("/leads/" + id + "/scenario").then().statusCode(403);
        platform.as(Stage.LEAD, "mia", "manager").body("{\"scenario\": \"KEY_ACCOUNT\", \"reason\": \"group rollout\"}")
                .post("/leads/" + id + "/scenario").then().statusCode(200).body("events", contains("ScenarioChanged"));
        await().atMost(Steps.HANDOVER).untilAsserted(() -> platform.get(Stage.NEEDS, "/needs/" + id)
                .body("report.scenario", equalTo("KEY_ACCOUNT")));
        steps.confirmNeeds(id);
        steps.acceptProposal(id);
        steps.prepareDeal(id);
        steps.round(id, 1, "47000.00", null);
        steps.minutes(id, 1);
        steps.round(id, 2, "44000.00", null);
        steps.minutes(id, 2);
        steps.round(id, 3, "40000.00", "strategic reference in the rail segment");
        platform.as(Stage.DEAL, "sam", "sales").body("{\"reason\": \"ok\"}")
                .post("/deals/" + id + "/rounds/3/exception/approval").then().statusCode(403);
        platform.as(Stage.DEAL, "mia", "manager").body("{\"reason\": \"strategic reference\"}")
                .post("/deals/" + id + "/rounds/3/exception/approval").then().statusCode(200);
        steps.minutes(id, 3);
        steps.signContract(id);

        platform.get(Stage.DEAL, "/deals/" + id).body("status", equalTo("SIGNED")).body("rounds", equalTo(3))
                .body("deal.scenario", equalTo("KEY_ACCOUNT"))
                .body("deal.contract.terms.price.amount", equalTo("40000.00"));
        steps.awaitOn(Stage.DELIVERY, "/deliveries/" + id);
        platform.get(Stage.DELIVERY, "/deliveries/" + id).body("delivery.scenario", equalTo("KEY_ACCOUNT"));
    }

    @Test
    void aReferralFromDeliveryBecomesANewLead() {
        String id = steps.captureLead("Journey Referrer Oy", "NEW_CUSTOMER");
        steps.firstContact(id, true, true);
        steps.confirmNeeds(id);
        steps.acceptProposal(id);
        steps.prepareDeal(id);
        steps.round(id, 1, "45000.00", null);
        steps.minutes(id, 1);
        steps.signContract(id);
        steps.deliverToAfterSales(id);
        var referral = platform.post(Stage.DELIVERY, "/deliveries/" + id + "/referrals", """
                {"referredCompany": "Journey Referred AB", "contact": {"name": "Eva Berg", "email": "eva@referred.example"},
                 "incentive": "one month free support"}""").statusCode(200).extract();
        String referredLead = referral.path("created[0].id");
        org.hamcrest.MatcherAssert.assertThat(referral.path("created[0].location"), equalTo("/leads/" + referredLead));

        await().atMost(Steps.HANDOVER).untilAsserted(() -> platform.sales(Stage.LEAD)
                .queryParam("q", "Journey Referred AB").get("/leads").then()
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(referredLead))
                .body("items[0].channel", equalTo("REFERRAL"))
                .body("items[0].referredByAccountId", equalTo(null)) // the referrer has no account
                .body("items[0].referredByOpportunityId", equalTo(id)));
        onlyOneLeadAfterLeadServiceCaughtUp(java.util.Map.of("q", "Journey Referred AB"));
    }

    private void onlyOneLeadAfterLeadServiceCaughtUp(java.util.Map<String, String> query) {
        await().atMost(Steps.HANDOVER).until(() -> io.dealstream.localstack.ConsumerLag.caughtUp(
                platform.stack().kafkaBootstrapServers(), "lead-service", java.util.List.of(
                        io.dealstream.events.Topics.NEEDS, io.dealstream.events.Topics.PROPOSAL,
                        io.dealstream.events.Topics.DEAL, io.dealstream.events.Topics.DELIVERY)));
        platform.sales(Stage.LEAD).queryParams(query).get("/leads").then().body("total", equalTo(1));
    }

    @Test
    void aLostOpportunityGradedHighAgainRunsTheStagesAgainAsItsSecondCycle() {
        String id = steps.captureLead("Journey Second Cycle GmbH", "NEW_CUSTOMER");
        steps.firstContact(id, true, true);
        steps.confirmNeeds(id);
        steps.acceptProposal(id);
        steps.prepareDeal(id);
        steps.round(id, 1, "45000.00", null);
        steps.minutes(id, 1);
        platform.post(Stage.DEAL, "/deals/" + id + "/loss", "{\"stage\": \"NEGOTIATION\", \"reason\": \"budget frozen\"}")
                .statusCode(200);
        await().atMost(Steps.HANDOVER).untilAsserted(() -> platform.get(Stage.LEAD, "/leads/" + id)
                .body("status", equalTo("DEFERRED")));

        // a new budget year: the follow-up re-grades the lead HIGH, and the stages run again as cycle 2
        platform.post(Stage.LEAD, "/leads/" + id + "/follow-ups", """
                {"notes": "new budget year", "outcome": "REACHED", "needStated": true,
                 "budgetRange": {"min": "50000", "currency": "EUR"}}""").statusCode(200);
        await().atMost(Steps.HANDOVER).untilAsserted(() -> platform.get(Stage.NEEDS, "/needs/" + id)
                .body("report.cycle", equalTo(2)).body("status", equalTo("OPEN")));
        steps.confirmNeeds(id);
        await().atMost(Steps.HANDOVER).untilAsserted(() -> platform.get(Stage.PROPOSAL, "/proposals/" + id)
                .body("proposal.cycle", equalTo(2)).body("proposal.status", equalTo("DRAFT")));
        steps.acceptProposal(id);
        await().atMost(Steps.HANDOVER).untilAsserted(() -> platform.get(Stage.DEAL, "/deals/" + id)
                .body("deal.cycle", equalTo(2)).body("status", equalTo("NEGOTIATING")));
        steps.prepareDeal(id);
        steps.round(id, 1, "46000.00", null);
        steps.minutes(id, 1);
        steps.signContract(id);
        await().atMost(Steps.HANDOVER).untilAsserted(() -> platform.get(Stage.DELIVERY, "/deliveries/" + id)
                .body("delivery.cycle", equalTo(2)));
        platform.get(Stage.DEAL, "/deals/" + id + "/history")
                .body("findAll { it.eventType == 'NegotiationOpened' }.size()", equalTo(2))
                .body("findAll { it.eventType == 'DealLost' }.size()", equalTo(1));

        // the pipeline shows the second cycle won; the funnel keeps the first cycle's loss
        await().atMost(Steps.HANDOVER).untilAsserted(() -> platform.pipeline().get("/pipeline/opportunities/" + id)
                .then().statusCode(200).body("cycle", equalTo(2)).body("stage", equalTo("DELIVERY"))
                .body("outcome", equalTo("WON")).body("value", equalTo("46000.00")));
        platform.pipeline().get("/pipeline/funnel").then().statusCode(200)
                .body("lost", org.hamcrest.Matchers.greaterThanOrEqualTo(1))
                .body("won", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
    }
}
