package io.dealstream.lead.privacy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import io.dealstream.events.CloudEventHeaders;
import io.dealstream.events.Stage;
import io.dealstream.eventstore.EventStore;
import io.dealstream.eventstore.StoredEvent;
import io.dealstream.events.lead.LeadCaptured;
import io.dealstream.events.lead.PersonalDataErased;
import io.dealstream.lead.support.LeadApi;
import io.dealstream.localstack.LocalStackResource;
import io.dealstream.localstack.TestAuth;
import io.dealstream.localstack.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** POST /accounts/{id}/erasure: crypto-shredding of an account's personal data, on the real stack. */
@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "stage", value = "LEAD"))
class ErasureTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    EventStore store;

    @BeforeAll
    static void authenticate() {
        TestAuth.allRoles();
    }

    private static String registerAccount(String email) {
        return given().contentType(ContentType.JSON).body("""
                        {"name": "Erasmus Rail GmbH", "industry": "rail logistics",
                         "contacts": [{"name": "Eva Erasmus", "title": "COO", "email": "%s", "phone": "+49 30 777"}]}"""
                        .formatted(email))
                .when().post("/accounts").then().statusCode(201).extract().path("id");
    }

    private static String captureFor(String accountId, String email) {
        return LeadApi.capture("""
                {"customerName": "Erasmus Rail GmbH", "accountId": "%s",
                 "contact": {"name": "Eva Erasmus", "title": "COO", "email": "%s"},
                 "channel": "WEBSITE_FORM", "scenario": "REPEAT_PURCHASE"}""".formatted(accountId, email));
    }

    /** Every text column of every lead-service table and every stored payload that mentions the value. */
    private long copiesOf(String value) {
        return store.pool().preparedQuery("SELECT (SELECT count(*) FROM leads l WHERE l::text LIKE $1)"
                        + " + (SELECT count(*) FROM accounts a WHERE a::text LIKE $1)"
                        + " + (SELECT count(*) FROM account_contacts c WHERE c::text LIKE $1)"
                        + " + (SELECT count(*) FROM eventstore.events e WHERE e.payload::text LIKE $1) AS n")
                .execute(Tuple.of("%" + value + "%"))
                .map(rows -> rows.iterator().next().getLong("n")).await().atMost(WAIT);
    }

    @Test
    void erasingAnAccountMakesItsPersonalDataUnreadableEverywhereAndTheHistoryStillReplays() {
        String email = "eva." + UUID.randomUUID() + "@erasmus.example";
        String account = registerAccount(email);
        String lead = captureFor(account, email);
        LeadApi.get(lead).body("contact.email", equalTo(email));
        assertThat(copiesOf(email)).as("clear copies before erasure: the projections only").isEqualTo(2);

        try (TopicProbe probe = new TopicProbe(LocalStackResource.stack().kafkaBootstrapServers(), Stage.LEAD.topic())) {
            given().contentType(ContentType.JSON).body("{\"reason\": \"GDPR request 2026-118\"}")
                    .when().post("/accounts/" + account + "/erasure")
                    .then().statusCode(202)
                    .body("subjects", hasItems(account, lead))
                    .body("keysDeleted", equalTo(1))
                    .body("events", hasItems("PersonalDataErased"));

            ConsumerRecord<String, String> announced = probe.await(r -> "PersonalDataErased".equals(
                    TopicProbe.header(r, CloudEventHeaders.EVENT_TYPE)) && r.value().contains(account), WAIT);
            assertThat(announced.value()).contains(lead);
        }

        assertThat(copiesOf(email)).isZero();
        assertThat(copiesOf("Eva Erasmus")).isZero();
        LeadApi.get(lead).body("contact.name", equalTo("[erased]")).body("contact.email", nullValue())
                .body("customerName", equalTo("Erasmus Rail GmbH"));
        given().when().get("/accounts/" + account).then().statusCode(200)
                .body("contacts[0].name", equalTo("[erased]")).body("contacts[0].email", nullValue())
                .body("name", equalTo("Erasmus Rail GmbH"));
        // the history is intact and replays; the personal fields read [erased]
        List<StoredEvent> history = store.load(UUID.fromString(lead)).await().atMost(WAIT);
        assertThat(((LeadCaptured) history.get(0).event()).contact().email()).isEqualTo("[erased]");
        List<StoredEvent> accountHistory = store.load(UUID.fromString(account)).await().atMost(WAIT);
        assertThat(accountHistory).extracting(e -> e.event().getClass().getSimpleName())
                .containsExactly("AccountRegistered", "PersonalDataErased");
        assertThat(((PersonalDataErased) accountHistory.get(1).event()).reason()).isEqualTo("GDPR request 2026-118");
        given().when().get("/leads/" + lead + "/history").then().statusCode(200)
                .body("[0].payload.contact.email", equalTo("[erased]"));
        // erasing again is harmless
        given().contentType(ContentType.JSON).body("{\"reason\": \"repeated request\"}")
                .when().post("/accounts/" + account + "/erasure").then().statusCode(202).body("keysDeleted", equalTo(0));
        // and the opportunity goes on: commands still work on the lead
        LeadApi.command(lead, "first-contact", LeadApi.firstContact(true, true)).statusCode(200);
    }

    @Test
    void aLeadWithoutAccountIsErasedOnItsOwnAndALeadOfAnAccountIsNot() {
        String email = "solo." + UUID.randomUUID() + "@example.org";
        String solo = LeadApi.capture(LeadApi.leadJson("Solo Works", email));
        given().contentType(ContentType.JSON).body("{\"reason\": \"GDPR request\"}")
                .when().post("/leads/" + solo + "/erasure").then().statusCode(202).body("subjects", hasItems(solo));
        assertThat(copiesOf(email)).isZero();

        String account = registerAccount("x." + UUID.randomUUID() + "@erasmus.example");
        String ofAccount = captureFor(account, "y@erasmus.example");
        given().contentType(ContentType.JSON).body("{\"reason\": \"GDPR request\"}")
                .when().post("/leads/" + ofAccount + "/erasure").then().statusCode(409)
                .contentType("application/problem+json").body("rule", equalTo("lead-has-account"));
    }

    @Test
    void onlyAnAdminMayEraseAndTheRequestMustSayWhy() {
        String account = registerAccount("z." + UUID.randomUUID() + "@erasmus.example");
        given().header("Authorization", TestAuth.bearer("bob", "sales", "manager"))
                .contentType(ContentType.JSON).body("{\"reason\": \"GDPR request\"}")
                .when().post("/accounts/" + account + "/erasure").then().statusCode(403);
        given().contentType(ContentType.JSON).body("{}")
                .when().post("/accounts/" + account + "/erasure").then().statusCode(400)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{\"reason\": \"GDPR request\"}")
                .when().post("/accounts/" + UUID.randomUUID() + "/erasure").then().statusCode(404);
    }
}
