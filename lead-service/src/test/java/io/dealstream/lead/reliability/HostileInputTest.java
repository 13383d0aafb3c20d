package io.dealstream.lead.reliability;

import static io.dealstream.lead.support.LeadApi.command;
import static io.dealstream.lead.support.LeadApi.firstContact;
import static io.dealstream.lead.support.LeadApi.newLead;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.dealstream.eventstore.EventStore;
import io.dealstream.localstack.LocalStackResource;
import io.dealstream.localstack.TestAuth;
import io.dealstream.localstack.fuzz.HostileInputRun;
import io.dealstream.localstack.fuzz.RequestContract;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Generated malformed and hostile requests across the lead-service commands, each after its valid body was
 * accepted: none is answered 5xx; every body that breaks the published OpenAPI contract is a validation refusal
 * that stores nothing, every body that keeps it is never refused as invalid; hostile
 * text that is well-formed is stored verbatim (read back from the lead) or refused, never a crash.
 */
@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "stage", value = "LEAD"))
class HostileInputTest {

    @Inject
    EventStore store;

    @BeforeAll
    static void authenticate() {
        TestAuth.allRoles();
    }

    private long eventCount() {
        return store.pool().query("SELECT count(*) AS n FROM eventstore.events").execute()
                .map(rows -> rows.iterator().next().getLong("n")).await().atMost(Duration.ofSeconds(10));
    }

    @Test
    void aThousandMalformedOrHostileRequestsAreNeverA5xxAndMalformedOnesStoreNothing() {
        String lead = newLead();
        command(lead, "first-contact", firstContact(true, false)).statusCode(200);
        String account = given().contentType(ContentType.JSON).body("""
                {"name": "Fuzz Holding", "industry": "x", "contacts": [{"name": "Eve", "email": "eve@fuzz.example"}]}""")
                .post("/accounts").then().statusCode(201).extract().path("id");
        String duplicate = newLead();
        // each valid body is accepted first (the positive control), in an order the rules allow
        HostileInputRun run = new HostileInputRun(RestAssured::given, this::eventCount)
                .keepingTo(RequestContract.of(given().get("/q/openapi?format=json").then().statusCode(200).extract().asString()))
                // the lead shows the phone as its duplicate-detection key (digits, leading +), not as typed
                .readingBack(accepted -> given().get("/leads/" + accepted.jsonPath().getString("id")),
                        Map.of("/contact/phone", phone -> (phone.startsWith("+") ? "+" : "") + phone.replaceAll("[^0-9]", "")))
                .post("/leads", """
                        {"customerName": "Fuzz AG", "contact": {"name": "Eve", "title": "CTO", "email": "eve@fuzz.example", "phone": "+1 555 0100"},
                         "channel": "WEBSITE_FORM", "sourceTag": "fuzz", "needSummary": "slow planning", "industry": "rail",
                         "scenario": "NEW_CUSTOMER", "accountId": "%s"}""".formatted(account), 1)
                .notReadBack()
                .post("/leads/" + lead + "/nurture-material", "{\"material\": \"m\", \"channel\": \"email\"}", 3)
                .post("/leads/" + lead + "/follow-ups", """
                        {"notes": "n", "outcome": "REACHED", "nextFollowUpAt": "2030-01-01T00:00:00Z"}""", 4)
                .post("/leads/" + lead + "/qualification", """
                        {"needStated": true, "budgetRange": {"min": "10", "max": "20", "currency": "EUR"}, "intent": "HIGH", "reason": "x"}""", 2)
                .post("/leads/" + lead + "/merge", "{\"mergedLeadId\": \"" + duplicate + "\"}", 6)
                .post("/leads/" + lead + "/disqualification", "{\"reason\": \"r\"}", 5)
                .post("/accounts", """
                        {"name": "Fuzz Ltd", "industry": "x", "employees": 5, "annualRevenue": {"amount": "100", "currency": "EUR"},
                         "contacts": [{"name": "Eve", "email": "eve@fuzz.example"}]}""", 7)
                .post("/accounts/" + account + "/erasure", "{\"reason\": \"GDPR request\"}", 8);
        for (String badId : List.of("not-a-uuid", "00000000-0000-0000-0000-00000000000Z", "%00", "'%20OR%201=1")) {
            run.refused("lead id " + badId, () -> given().contentType(ContentType.JSON).body("{\"reason\": \"r\"}")
                    .post("/leads/" + badId + "/disqualification"));
        }
        for (Map.Entry<String, String> query : Map.of("tier", "ULTRA", "size", "-1", "page", "x", "owner", "o".repeat(500),
                "q", "%' OR 1=1 --").entrySet()) {
            run.survived("GET /leads " + query, () -> given().queryParam(query.getKey(), query.getValue()).get("/leads"));
        }
        System.out.printf("lead hostile input: %d requests, %d malformed, %d refused by a rule, %d hostile texts accepted,"
                + " %d read back unchanged%n", run.requests(), run.malformed(), run.ruleRefusals(), run.acceptedHostile(),
                run.readBack());
        assertThat(run.violations()).isEmpty();
        assertThat(run.requests()).isGreaterThanOrEqualTo(1000);
        assertThat(run.malformed()).isGreaterThan(300);
        // hostile text reached storage and came back unchanged, field by field, from the query side
        assertThat(run.acceptedHostile()).isGreaterThan(50);
        assertThat(run.readBack()).isGreaterThan(50);
    }

    @Test
    void hostileTextThatIsWellFormedIsStoredVerbatim() {
        for (String text : List.of("Robert'); DROP TABLE leads;--", "<script>alert(1)</script>", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🚀")) {
            String id = given().contentType(ContentType.JSON).body(Map.of("customerName", text,
                            "contact", Map.of("name", "Eve", "email", "eve@x.example"), "channel", "SOCIAL_DM"))
                    .post("/leads").then().statusCode(201).extract().path("id");
            assertThat((String) given().get("/leads/" + id).then().extract().path("customerName")).isEqualTo(text);
        }
        given().get("/leads").then().statusCode(200);
    }
}
