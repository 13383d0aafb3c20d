package io.dealstream.lead.reliability;

import static io.dealstream.lead.support.LeadApi.command;
import static io.dealstream.lead.support.LeadApi.firstContact;
import static io.dealstream.lead.support.LeadApi.newLead;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dealstream.eventstore.EventStore;
import io.dealstream.localstack.LocalStackResource;
import io.dealstream.localstack.TestAuth;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Generated malformed and hostile requests across the lead-service commands: none is answered 5xx;
 * every malformed one is a 4xx that stores nothing; hostile text that is well-formed is stored verbatim
 * (no injection) or refused, never a crash.
 */
@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "stage", value = "LEAD"))
class HostileInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> HOSTILE_TEXT = List.of("Robert'); DROP TABLE leads;--", "' OR '1'='1",
            "<script>alert(1)</script>", "\\u0000nul", "\u0000", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🚀🔥", "\u202Eevil\u202C", "\u200B\u200B",
            "%s%s%n", "${jndi:ldap://x/a}", "../../etc/passwd", "Ω≈ç√∫", "null", "");
    private static final List<Function<JsonNode, JsonNode>> WRONG_TYPES = List.of(
            v -> JSON.getNodeFactory().numberNode(42), v -> JSON.getNodeFactory().booleanNode(true),
            v -> JSON.createArrayNode().add("x"), v -> JSON.createObjectNode().put("x", 1),
            v -> JSON.getNodeFactory().textNode("not-a-" + v.getNodeType()), v -> JSON.getNodeFactory().numberNode(-1.5e300),
            v -> JSON.getNodeFactory().textNode("x".repeat(100_000)));

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

    private record Endpoint(String path, String validBody) {
    }

    @Test
    void aThousandMalformedOrHostileRequestsAreNeverA5xxAndMalformedOnesStoreNothing() throws Exception {
        String lead = newLead();
        command(lead, "first-contact", firstContact(true, false)).statusCode(200);
        List<Endpoint> endpoints = List.of(
                new Endpoint("/leads", """
                        {"customerName": "Fuzz AG", "contact": {"name": "Eve", "email": "eve@fuzz.example", "phone": "+1 555 0100"},
                         "channel": "WEBSITE_FORM", "sourceTag": "fuzz", "scenario": "NEW_CUSTOMER",
                         "accountId": "6c1f8f2e-4b7a-4c1e-9a53-0b8f2d1e7a10"}"""),
                new Endpoint("/leads/" + lead + "/qualification", """
                        {"needStated": true, "budgetRange": {"min": "10", "max": "20", "currency": "EUR"}, "intent": "HIGH", "reason": "x"}"""),
                new Endpoint("/leads/" + lead + "/nurture-material", "{\"material\": \"m\", \"channel\": \"email\"}"),
                new Endpoint("/leads/" + lead + "/follow-ups", """
                        {"notes": "n", "outcome": "REACHED", "nextFollowUpAt": "2030-01-01T00:00:00Z"}"""),
                new Endpoint("/leads/" + lead + "/disqualification", "{\"reason\": \"r\"}"),
                new Endpoint("/leads/" + lead + "/merge", "{\"mergedLeadId\": \"6c1f8f2e-4b7a-4c1e-9a53-0b8f2d1e7a10\"}"),
                new Endpoint("/accounts", """
                        {"name": "Fuzz Ltd", "industry": "x", "employees": 5, "annualRevenue": {"amount": "100", "currency": "EUR"},
                         "contacts": [{"name": "Eve", "email": "eve@fuzz.example"}]}"""));

        Random random = new Random(20261126);
        int requests = 0;
        int malformed = 0;
        List<String> fiveHundreds = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            ObjectNode valid = (ObjectNode) JSON.readTree(endpoint.validBody());
            List<String> fields = new ArrayList<>();
            valid.fieldNames().forEachRemaining(fields::add);
            List<String> bodies = new ArrayList<>();
            List<Boolean> mustFail = new ArrayList<>();
            for (String field : fields) {
                ObjectNode missing = valid.deepCopy();
                missing.remove(field);
                bodies.add(missing.toString());
                mustFail.add(false); // some fields are optional: only "no 5xx" applies
                for (Function<JsonNode, JsonNode> wrong : WRONG_TYPES) {
                    ObjectNode b = valid.deepCopy();
                    JsonNode mutated = wrong.apply(valid.get(field));
                    b.set(field, mutated);
                    bodies.add(b.toString());
                    // a different JSON type is malformed; a text for a text field only if it is oversize
                    boolean sameType = mutated.getNodeType() == valid.get(field).getNodeType();
                    mustFail.add(!sameType || mutated.asText().length() > 10_000);
                }
                for (String text : HOSTILE_TEXT) {
                    ObjectNode b = valid.deepCopy();
                    b.put(field, text);
                    bodies.add(b.toString());
                    mustFail.add(false);
                }
            }
            for (int i = 0; i < 40; i++) {
                String raw = endpoint.validBody();
                int cut = random.nextInt(raw.length());
                bodies.add(raw.substring(0, cut));
                mustFail.add(true);
                bodies.add(raw.replace("\"", i % 2 == 0 ? "'" : ""));
                mustFail.add(true);
            }
            bodies.add("[]");
            mustFail.add(true);
            bodies.add("null");
            mustFail.add(true);
            bodies.add("{\"customerName\": " + "[".repeat(5000) + "]".repeat(5000) + "}");
            mustFail.add(true);
            for (int i = 0; i < bodies.size(); i++) {
                long before = mustFail.get(i) ? eventCount() : 0;
                Response response = given().contentType(ContentType.JSON).body(bodies.get(i)).post(endpoint.path());
                requests++;
                int status = response.statusCode();
                if (status >= 500) {
                    fiveHundreds.add(endpoint.path() + " " + status + " " + bodies.get(i).substring(0, Math.min(200, bodies.get(i).length())));
                }
                if (mustFail.get(i) && status < 500) {
                    malformed++;
                    assertThat(status).as(endpoint.path() + " " + bodies.get(i).substring(0, Math.min(200, bodies.get(i).length())))
                            .isBetween(400, 499);
                    assertThat(response.contentType()).startsWith("application/problem+json");
                    assertThat(eventCount()).isEqualTo(before);
                }
            }
        }
        for (String badId : List.of("not-a-uuid", "00000000-0000-0000-0000-00000000000Z", "%00", "'%20OR%201=1")) {
            Response response = given().contentType(ContentType.JSON).body("{\"reason\": \"r\"}")
                    .post("/leads/" + badId + "/disqualification");
            requests++;
            assertThat(response.statusCode()).isBetween(400, 499);
        }
        for (Map.Entry<String, String> query : Map.of("tier", "ULTRA", "size", "-1", "page", "x", "owner", "o".repeat(500),
                "q", "%' OR 1=1 --").entrySet()) {
            Response response = given().queryParam(query.getKey(), query.getValue()).get("/leads");
            requests++;
            assertThat(response.statusCode()).as(query.toString()).isLessThan(500);
        }
        assertThat(fiveHundreds).isEmpty();
        assertThat(requests).isGreaterThanOrEqualTo(1000);
        assertThat(malformed).isGreaterThan(300);
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
