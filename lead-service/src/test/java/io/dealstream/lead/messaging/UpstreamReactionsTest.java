package io.dealstream.lead.messaging;

import static io.dealstream.lead.support.LeadApi.command;
import static io.dealstream.lead.support.LeadApi.firstContact;
import static io.dealstream.lead.support.LeadApi.newLead;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.dealstream.events.CloudEventHeaders;
import io.dealstream.events.Topics;
import io.dealstream.events.common.Contact;
import io.dealstream.events.deal.DealLost;
import io.dealstream.events.delivery.ReferralReceived;
import io.dealstream.events.delivery.UpsellIdentified;
import io.dealstream.events.proposal.ProposalRejected;
import io.dealstream.localstack.LocalStackResource;
import io.dealstream.localstack.RecordPublisher;
import io.dealstream.localstack.StageEventWriter;
import io.dealstream.events.Stage;
import io.dealstream.localstack.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Reactions to the later stages, from records on the real broker, each effective once. */
@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "stage", value = "LEAD"))
class UpstreamReactionsTest {

    @org.junit.jupiter.api.BeforeAll
    static void authenticate() {
        io.dealstream.localstack.TestAuth.allRoles();
    }

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final RecordPublisher PUBLISHER =
            new RecordPublisher(LocalStackResource.stack().kafkaBootstrapServers());

    @AfterAll
    static void close() {
        PUBLISHER.close();
    }

    /** Lead-service's consumer group has read every upstream topic to its end offsets. */
    private static void awaitCaughtUp() {
        await().atMost(WAIT).until(() -> io.dealstream.localstack.ConsumerLag.caughtUp(
                LocalStackResource.stack().kafkaBootstrapServers(), "lead-service", List.of(io.dealstream.events.Topics.NEEDS,
                        io.dealstream.events.Topics.PROPOSAL, io.dealstream.events.Topics.DEAL,
                        io.dealstream.events.Topics.DELIVERY)));
    }

    private static List<String> eventTypes(String lead) {
        return given().get("/leads/" + lead + "/history").then().extract().path("eventType");
    }

    @Test
    void aLostDealDefersTheLeadOnceEvenWhenDeliveredTwice() {
        String lead = newLead();
        command(lead, "first-contact", firstContact(true, true)).statusCode(200);
        UUID eventId = UUID.randomUUID();
        DealLost lost = new DealLost("NEGOTIATION", "price above budget", "Initech");

        PUBLISHER.publish(UUID.fromString(lead), lost, eventId);
        PUBLISHER.publish(UUID.fromString(lead), lost, eventId);

        await().atMost(WAIT).untilAsserted(() -> given().get("/leads/" + lead).then()
                .body("tier", equalTo("LOW")).body("status", equalTo("DEFERRED")));
        // the barrier: lead-service has consumed every record up to the end offsets, the duplicate included
        awaitCaughtUp();
        assertThat(eventTypes(lead)).filteredOn("LeadQualified"::equals).hasSize(2);
        PUBLISHER.publish(UUID.fromString(lead), new ProposalRejected("no budget this year"));
        await().atMost(WAIT).untilAsserted(() ->
                assertThat(eventTypes(lead)).filteredOn("LeadQualified"::equals).hasSize(3));
        given().get("/leads/" + lead + "/history").then()
                .body("[3].payload.reason", equalTo("deal lost in NEGOTIATION: price above budget (to Initech)"))
                .body("[3].causationId", equalTo(eventId.toString()))
                .body("[3].actor", equalTo("deal-service"))
                .body("[4].payload.reason", equalTo("proposal rejected: no budget this year"));
    }

    @Test
    void anUpsellBecomesARepeatPurchaseLeadForTheAccount() {
        String account = given().contentType(ContentType.JSON).body("""
                        {"name": "Upsell Foods AG", "industry": "food",
                         "contacts": [{"name": "Eva Roth", "email": "eva.roth@upsell-foods.example"}]}""")
                .post("/accounts").then().statusCode(201).extract().path("id");
        // the duplicate on the same key (so the same partition, in order), as a redelivery would be
        UUID opportunity = UUID.randomUUID();
        UUID eventId = PUBLISHER.publish(opportunity, new UpsellIdentified(UUID.fromString(account),
                "predictive maintenance module", "uses the planning module daily", null, null));
        PUBLISHER.publish(opportunity, new UpsellIdentified(UUID.fromString(account),
                "predictive maintenance module", "uses the planning module daily", null, null), eventId);

        await().atMost(WAIT).untilAsserted(() -> given().get("/accounts/" + account).then()
                .body("leads.size()", equalTo(1))
                .body("leads[0].scenario", equalTo("REPEAT_PURCHASE"))
                .body("leads[0].channel", equalTo("EXISTING_CUSTOMER")));
        awaitCaughtUp();
        given().get("/accounts/" + account).then().body("leads.size()", equalTo(1));
        String lead = given().get("/accounts/" + account).then().extract().path("leads[0].id");
        given().get("/leads/" + lead).then().body("customerName", equalTo("Upsell Foods AG"))
                .body("contact.email", equalTo("eva.roth@upsell-foods.example"))
                .body("sourceTag", equalTo("upsell: predictive maintenance module"));
    }

    @Test
    void anUpsellFromDeliveryServiceForACustomerWithoutAccountBecomesALeadOfTheOriginalCustomer() {
        String original = newLead();
        String customer = given().get("/leads/" + original).then().extract().path("customerName");
        UUID opportunity = UUID.fromString(original);
        try (StageEventWriter delivery = new StageEventWriter(LocalStackResource.stack(), Stage.DELIVERY)) {
            // appended to delivery-service's own event store: it reaches us through Debezium and Kafka
            delivery.append(opportunity, opportunity, List.of(new UpsellIdentified(opportunity, "analytics add-on",
                    "asks for reports every week", null, null)));
        }
        await().atMost(WAIT).untilAsserted(() -> given().queryParam("q", customer)
                .queryParam("scenario", "REPEAT_PURCHASE").get("/leads").then()
                .body("total", equalTo(1))
                .body("items[0].sourceTag", equalTo("upsell: analytics add-on"))
                .body("items[0].contact.name", equalTo("Mia Chen")));
    }

    @Test
    void aReferralBecomesAReferralLeadLinkedToTheReferrer() {
        // a referrer without an account: its delivery names the opportunity, which is no account
        UUID referringOpportunity = UUID.randomUUID();
        String company = "Referred Mills " + referringOpportunity.toString().substring(0, 6);
        PUBLISHER.publish(referringOpportunity, new ReferralReceived(referringOpportunity, company,
                new Contact("Tom Berg", "CEO", null, "tom@referred-mills.example"), "one month free support"));

        await().atMost(WAIT).untilAsserted(() -> given().queryParam("q", company).get("/leads").then()
                .body("total", equalTo(1))
                .body("items[0].channel", equalTo("REFERRAL"))
                .body("items[0].referredByAccountId", equalTo(null))
                .body("items[0].referredByOpportunityId", equalTo(referringOpportunity.toString()))
                .body("items[0].sourceTag", equalTo("referral (incentive: one month free support)")));

        // a referrer with an account: both are named
        String account = given().contentType(ContentType.JSON).body("""
                {"name": "Referring Rail AG", "industry": "rail", "contacts": [{"name": "Ida", "email": "ida@rr.example"}]}""")
                .post("/accounts").then().statusCode(201).extract().path("id");
        UUID opportunity = UUID.randomUUID();
        String peer = "Peer Freight " + opportunity.toString().substring(0, 6);
        PUBLISHER.publish(opportunity, new ReferralReceived(UUID.fromString(account), peer,
                new Contact("Ola", null, null, "ola@peer.example"), "a training day"));
        await().atMost(WAIT).untilAsserted(() -> given().queryParam("q", peer).get("/leads").then()
                .body("items[0].referredByAccountId", equalTo(account))
                .body("items[0].referredByOpportunityId", equalTo(opportunity.toString()))
                .body("items[0].scenario", equalTo("NEW_CUSTOMER")));
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndTheConsumerGoesOn() {
        String key = UUID.randomUUID().toString();
        PUBLISHER.publishRaw(Topics.DEAL, key, "{not json", Map.of(CloudEventHeaders.EVENT_TYPE, "DealLost",
                CloudEventHeaders.ID, UUID.randomUUID().toString(), CloudEventHeaders.SUBJECT, key));

        String lead = newLead();
        command(lead, "first-contact", firstContact(true, true)).statusCode(200);
        PUBLISHER.publish(UUID.fromString(lead), new DealLost("CONTRACT", "legal blocked", null));
        await().atMost(WAIT).untilAsserted(() -> given().get("/leads/" + lead).then().body("tier", equalTo("LOW")));

        try (TopicProbe dlq = new TopicProbe(LocalStackResource.stack().kafkaBootstrapServers(), "dealstream.lead.dlq")) {
            ConsumerRecord<String, String> dead = dlq.await(r -> key.equals(r.key()), WAIT);
            assertThat(dead.value()).isEqualTo("{not json");
            String reason = new String(dead.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8);
            assertThat(reason).contains("not JSON");
        }
    }
}
