package io.dealstream.deal.api;

import static io.dealstream.deal.support.DealFixtures.CONTRACT;
import static io.dealstream.deal.support.DealFixtures.MINUTES;
import static io.dealstream.deal.support.DealFixtures.PREPARATION;
import static io.dealstream.deal.support.DealFixtures.SIGNATURE;
import static io.dealstream.deal.support.DealFixtures.acceptInProposalService;
import static io.dealstream.deal.support.DealFixtures.round;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.dealstream.deal.support.DealFixtures;
import io.dealstream.events.CloudEventHeaders;
import io.dealstream.events.EventCodec;
import io.dealstream.events.Stage;
import io.dealstream.events.deal.ContractSigned;
import io.dealstream.eventstore.EventStore;
import io.dealstream.localstack.LocalStackResource;
import io.dealstream.localstack.RecordPublisher;
import io.dealstream.localstack.TestAuth;
import io.dealstream.localstack.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Stage 5 against the real stack: opened through Kafka by an accepted proposal, run over REST. */
@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "stage", value = "DEAL"))
class DealStageTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    EventStore store;

    @BeforeAll
    static void authenticate() {
        TestAuth.allRoles();
    }

    private static ValidatableResponse post(UUID id, String command, String body) {
        return given().contentType(ContentType.JSON).body(body).post("/deals/" + id + "/" + command).then();
    }

    private static ValidatableResponse postAs(String role, UUID id, String command, String body) {
        return given().header("Authorization", TestAuth.bearer(role + "-user", role)).contentType(ContentType.JSON)
                .body(body).post("/deals/" + id + "/" + command).then();
    }

    private static UUID openedDeal(String customer) {
        UUID id = acceptInProposalService(customer);
        await().atMost(WAIT).untilAsserted(() -> given().get("/deals/" + id).then().statusCode(200));
        return id;
    }

    private boolean inboxed(UUID eventId) {
        return store.pool().preparedQuery("SELECT 1 FROM eventstore.inbox WHERE event_id = $1")
                .execute(Tuple.of(eventId)).await().atMost(WAIT).size() == 1;
    }

    @Test
    void anAcceptedProposalOpensTheNegotiationOnceEvenWhenDeliveredTwice() {
        UUID id = openedDeal("Opened Deal AG");
        given().get("/deals/" + id).then().body("status", equalTo("NEGOTIATING"))
                .body("deal.proposalQuote.total", equalTo("48000.00")).body("deal.scenario", equalTo("KEY_ACCOUNT"));

        UUID dup = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        UUID last;
        try (RecordPublisher publisher = new RecordPublisher(LocalStackResource.stack().kafkaBootstrapServers())) {
            publisher.publish(dup, DealFixtures.accepted("Dup Deal"), eventId);
            publisher.publish(dup, DealFixtures.accepted("Dup Deal"), eventId);
            last = publisher.publish(dup, DealFixtures.accepted("Dup Deal"));
        }
        await().atMost(WAIT).until(() -> inboxed(last));
        given().get("/deals/" + dup + "/history").then().body("eventType", contains("NegotiationOpened"));
    }

    @Test
    void aKeyAccountDealRunsThreeRoundsWithAnExceptionToASignedContractAndOrder() {
        UUID id = openedDeal("Key Account Rail SE");
        post(id, "rounds", round("45000", 30, null)).statusCode(422).body("rule", equalTo("not-prepared"));
        post(id, "preparation", PREPARATION).statusCode(200);
        post(id, "rehearsals", "{\"notes\": \"role-played the CFO\"}").statusCode(200);

        post(id, "rounds", round("47000", 30, null)).statusCode(200);
        post(id, "rounds", round("46000", 30, null)).statusCode(422).body("rule", equalTo("minutes-unsigned"));
        post(id, "rounds/1/minutes", MINUTES).statusCode(200);

        post(id, "rounds", round("40000", 45, null)).statusCode(422).body("rule", equalTo("bottom-line-breach"))
                .body("detail", containsString("price 40000 under the minimum 42000"));
        post(id, "rounds", round("44000", 30, null)).statusCode(200);
        post(id, "rounds/2/minutes", MINUTES).statusCode(200);

        post(id, "rounds", round("41000", 45, "reference customer for the rail segment")).statusCode(200)
                .body("events", contains("NegotiationRoundHeld", "BottomLineExceptionRequested"));
        post(id, "rounds/3/minutes", MINUTES).statusCode(409).body("rule", equalTo("exception-pending"));
        postAs("sales", id, "rounds/3/exception/approval", "{\"reason\": \"ok\"}").statusCode(403);
        postAs("manager", id, "rounds/3/exception/approval", "{\"reason\": \"strategic reference\"}").statusCode(200);
        post(id, "rounds/3/minutes", MINUTES).statusCode(200);
        given().get("/deals/" + id).then().body("rounds", equalTo(3))
                .body("deal.rounds[2].exception", equalTo("APPROVED"))
                .body("deal.rounds[2].decidedBy", equalTo("manager-user"))
                .body("deal.rounds[2].decisionReason", equalTo("strategic reference"))
                .body("deal.rounds[2].requestReason", equalTo("reference customer for the rail segment"));

        post(id, "contract", CONTRACT).statusCode(200);
        given().get("/deals/" + id + "/contract").then().statusCode(200)
                .body("lintFindings[0].kind", equalTo("VAGUE_WORDING"))
                .body("lintFindings[0].text", containsString("as soon as possible"))
                .body("contract.terms.price.amount", equalTo("41000"));
        post(id, "contract/sending", "{}").statusCode(409).body("rule", equalTo("contract-not-approved"));
        postAs("sales", id, "contract/review", "{\"approved\": true, \"findings\": [], \"overrides\": []}").statusCode(403);
        postAs("legal", id, "contract/review", "{\"approved\": true, \"findings\": [], \"overrides\": []}").statusCode(422)
                .body("rule", equalTo("contract-findings-open"));
        String text = given().get("/deals/" + id + "/contract").then().extract().path("lintFindings[0].text");
        postAs("legal", id, "contract/review", """
                {"approved": true, "findings": [], "overrides": [{"clause": "Delivery", "kind": "VAGUE_WORDING",
                 "text": "%s", "reason": "go-live date fixed in the annex"}]}""".formatted(text.replace("\"", "\\\"")))
                .statusCode(200);
        post(id, "contract/sending", "{}").statusCode(200);
        post(id, "contract/signature", SIGNATURE).statusCode(200).body("events", contains("ContractSigned", "OrderConfirmed"));
        // the order adds up to the cent: the quote's lines, the negotiated discount, the contract price
        given().get("/deals/" + id).then().body("status", equalTo("SIGNED"))
                .body("deal.contract.order.items[0].quantity", equalTo("12"))
                .body("deal.contract.order.items[0].unitPrice", equalTo("4000.00"))
                .body("deal.contract.order.subtotal.amount", equalTo("48000.00"))
                .body("deal.contract.order.discount.amount", equalTo("7000.00"))
                .body("deal.contract.order.total.amount", equalTo("41000"));

        try (TopicProbe probe = new TopicProbe(LocalStackResource.stack().kafkaBootstrapServers(), Stage.DEAL.topic())) {
            ConsumerRecord<String, String> signed = probe.await(r -> id.toString().equals(r.key())
                    && "ContractSigned".equals(TopicProbe.header(r, CloudEventHeaders.EVENT_TYPE)), WAIT);
            ContractSigned event = (ContractSigned) new EventCodec().decode("ContractSigned", 1, signed.value());
            assertThat(event.contractValue().amount()).isEqualByComparingTo("41000");
            assertThat(event.maintenance()).hasSize(2);
            assertThat(event.deliveryDate()).hasToString("2026-06-30");
            assertThat(event.scenario().name()).isEqualTo("KEY_ACCOUNT");
            probe.await(r -> id.toString().equals(r.key())
                    && "OrderConfirmed".equals(TopicProbe.header(r, CloudEventHeaders.EVENT_TYPE)), WAIT);
        }
        String html = given().accept("text/html").get("/deals/" + id + "/contract").then().statusCode(200)
                .extract().asString();
        assertThat(html).contains("Contract with Key Account Rail SE", "Liability", "41000", "Li Wei", "48000.00",
                "Negotiated discount", "-7000.00 EUR");
        post(id, "loss", "{\"stage\": \"CONTRACT\", \"reason\": \"x\"}").statusCode(409).body("rule", equalTo("deal-closed"));
    }

    @Test
    void onceNegotiatingABottomLineMovesOnlyByAManagerAndOnlySalesAndManagersSeeThem() {
        UUID id = openedDeal("Guarded Lines GmbH");
        post(id, "preparation", PREPARATION).statusCode(200);
        post(id, "rehearsals", "{\"notes\": \"role-played the CFO\"}").statusCode(200);
        post(id, "rounds", round("47000", 30, null)).statusCode(200);
        post(id, "rounds/1/minutes", MINUTES).statusCode(200);
        String lower = PREPARATION.replace("42000.00", "39000.00");

        postAs("sales", id, "preparation", lower).statusCode(403).body("rule", equalTo("bottom-lines-locked"));
        postAs("manager", id, "preparation", lower).statusCode(422).body("rule", equalTo("change-reason-required"));
        given().get("/deals/" + id).then().body("deal.bottomLines.minPrice.amount", equalTo("42000.00"));
        postAs("manager", id, "preparation", lower.replace("\"concessions\"",
                "\"changeReason\": \"board approved a 39k floor\", \"concessions\"")).statusCode(200)
                .body("events", contains("BottomLinesChanged", "NegotiationPrepared"));
        given().get("/deals/" + id + "/history").then()
                .body("find { it.eventType == 'BottomLinesChanged' }.actor", equalTo("manager-user"))
                .body("find { it.eventType == 'BottomLinesChanged' }.payload.changedBy", equalTo("manager-user"))
                .body("find { it.eventType == 'BottomLinesChanged' }.payload.previous.minPrice.amount",
                        equalTo("42000.00"));

        // legal and delivery read the deal without the bottom lines, in the view, the list and the history
        for (String role : List.of("legal", "delivery")) {
            String bearer = TestAuth.bearer(role + "-user", role);
            given().header("Authorization", bearer).get("/deals/" + id).then().statusCode(200)
                    .body("deal.bottomLines", equalTo(null)).body("deal.rounds[0].breaches", hasSize(0))
                    .body("deal.rounds[0].terms.price.amount", equalTo("47000"));
            String history = given().header("Authorization", bearer).get("/deals/" + id + "/history").then()
                    .statusCode(200).extract().asString();
            assertThat(history).contains("BottomLinesChanged").doesNotContain("42000.00", "39000.00", "bottomLines");
            String list = given().header("Authorization", bearer).queryParam("size", 200).get("/deals").then()
                    .statusCode(200).extract().asString();
            assertThat(list).contains(id.toString()).doesNotContain("bottomLines");
        }
        given().header("Authorization", TestAuth.bearer("sales-user", "sales")).get("/deals/" + id).then()
                .body("deal.bottomLines.minPrice.amount", equalTo("39000.00"));
        // a price above the lines it buys is refused: the order could not add up
        post(id, "rounds", round("48000.01", 30, null)).statusCode(422).body("rule", equalTo("price-above-lines"));
    }

    @Test
    void aLostDealIsPublishedForLeadService() {
        UUID id = openedDeal("Lost Deal Oy");
        post(id, "loss", "{\"stage\": \"NEGOTIATION\", \"reason\": \"competitor 20 % cheaper\", \"competitor\": \"Initech\"}")
                .statusCode(200);
        given().queryParam("status", "LOST").get("/deals").then().body("items.opportunityId", hasItem(id.toString()));
        try (TopicProbe probe = new TopicProbe(LocalStackResource.stack().kafkaBootstrapServers(), Stage.DEAL.topic())) {
            probe.await(r -> id.toString().equals(r.key())
                    && "DealLost".equals(TopicProbe.header(r, CloudEventHeaders.EVENT_TYPE)), WAIT);
        }
    }

    @Test
    void theLintEndpointChecksTextsAndClauses() {
        given().contentType(ContentType.JSON).body("{\"text\": \"Delivery ASAP, roughly 10 days (大约).\"}")
                .post("/contracts/lint").then().statusCode(200).body("", hasSize(3));
        given().contentType(ContentType.JSON).body(Map.of("clauses", List.of(Map.of("title", "Scope", "text", "12 users"))))
                .post("/contracts/lint").then().statusCode(200).body("kind", hasItem("MISSING_CLAUSE")).body("", hasSize(4));
        given().contentType(ContentType.JSON).body("{}").post("/contracts/lint").then().statusCode(400);
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        UUID id = openedDeal("Bad Input Deal");
        post(id, "preparation", PREPARATION.replace("\"EUR\"", "\"euro\"")).statusCode(400)
                .body("errors[0].field", equalTo("bottomLines.minPrice.currency"));
        post(id, "preparation", PREPARATION.replace("\"maxPaymentTermDays\": 30", "\"maxPaymentTermDays\": -1"))
                .statusCode(400).body("errors[0].field", equalTo("bottomLines.maxPaymentTermDays"));
        post(id, "preparation", PREPARATION).statusCode(200);
        post(id, "rehearsals", "{\"notes\": \"role-played the CFO\"}").statusCode(200);
        post(id, "rounds", round("45000", 30, null).replace("2026-06-30", "30.06.2026")).statusCode(400)
                .body("errors[0].field", equalTo("terms.deliveryDate"));
        post(id, "rounds/9/minutes", MINUTES).statusCode(404);
        given().header("Authorization", "").get("/deals").then().statusCode(401);
    }
}
