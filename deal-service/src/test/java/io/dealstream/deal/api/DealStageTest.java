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
                .body("deal.rounds[2].approver", equalTo("manager-user"));

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
        given().get("/deals/" + id).then().body("status", equalTo("SIGNED"));

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
        assertThat(html).contains("Contract with Key Account Rail SE", "Liability", "41000", "Li Wei");
        post(id, "loss", "{\"stage\": \"CONTRACT\", \"reason\": \"x\"}").statusCode(409).body("rule", equalTo("deal-closed"));
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
        post(id, "rounds", round("45000", 30, null).replace("2026-06-30", "30.06.2026")).statusCode(400)
                .body("errors[0].field", equalTo("terms.deliveryDate"));
        post(id, "rounds/9/minutes", MINUTES).statusCode(404);
        given().header("Authorization", "").get("/deals").then().statusCode(401);
    }
}
