package io.dealstream.lead.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.dealstream.events.CloudEventHeaders;
import io.dealstream.events.EventCodec;
import io.dealstream.events.Stage;
import io.dealstream.eventstore.EventStore;
import io.dealstream.localstack.LocalStackResource;
import io.dealstream.localstack.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The first slice end to end: REST -> event store -> Debezium -> Kafka, and bad input refused. */
@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "stage", value = "LEAD"))
class LeadCaptureTest {

    @org.junit.jupiter.api.BeforeAll
    static void authenticate() {
        io.dealstream.localstack.TestAuth.allRoles();
    }

    static final String LEAD = """
            {"customerName": "Acme Rail GmbH", "industry": "rail logistics",
             "contact": {"name": "Li Wei", "title": "CTO", "email": "li.wei@acme-rail.example", "phone": "+49 30 1234567"},
             "channel": "TRADE_SHOW", "sourceTag": "2026 trade show", "needSummary": "maintenance planning is too slow",
             "scenario": "NEW_CUSTOMER", "owner": "alice"}""";

    @Inject
    EventStore store;

    @Test
    void capturedLeadIsReadableAndReachesKafkaAsACloudEvent() throws Exception {
        Response created = given().contentType(ContentType.JSON).body(LEAD)
                .when().post("/leads")
                .then().statusCode(201)
                .header("Location", containsString("/leads/"))
                .header("ETag", equalTo("\"1\""))
                .body("streamVersion", equalTo(1))
                .body("events", hasItem("LeadCaptured"))
                .extract().response();
        String id = created.path("id");

        given().when().get("/leads/" + id)
                .then().statusCode(200)
                .body("customerName", equalTo("Acme Rail GmbH"))
                .body("status", equalTo("NEW"))
                .body("channel", equalTo("TRADE_SHOW"))
                .body("contact.email", equalTo("li.wei@acme-rail.example"));
        given().when().get("/leads/" + id + "/history")
                .then().statusCode(200)
                .body("[0].eventType", equalTo("LeadCaptured"))
                .body("[0].streamVersion", equalTo(1))
                .body("[0].payload.sourceTag", equalTo("2026 trade show"))
                .body("[0].eventId", notNullValue());

        try (TopicProbe probe = new TopicProbe(LocalStackResource.stack().kafkaBootstrapServers(), Stage.LEAD.topic())) {
            ConsumerRecord<String, String> record = probe.await(r -> id.equals(r.key()), Duration.ofSeconds(60));
            assertThat(EventCodec.mapper().readTree(record.value()).path("customerName").asText())
                    .isEqualTo("Acme Rail GmbH");
            assertThat(TopicProbe.header(record, CloudEventHeaders.TYPE)).isEqualTo("io.dealstream.lead.LeadCaptured.v1");
            assertThat(TopicProbe.header(record, CloudEventHeaders.SOURCE)).isEqualTo("/dealstream/lead-service");
            assertThat(TopicProbe.header(record, CloudEventHeaders.SUBJECT)).isEqualTo(id);
            String eventId = given().get("/leads/" + id + "/history").path("[0].eventId");
            assertThat(TopicProbe.header(record, CloudEventHeaders.ID)).isEqualTo(eventId);
        }
    }

    @Test
    void missingCustomerNameIs400NamingTheFieldAndStoresNothing() {
        // the check can see a stored request: an accepted one with its own tag is found
        String accepted = uniqueTag();
        given().contentType(ContentType.JSON).body(tagged(accepted)).when().post("/leads").then().statusCode(201);
        assertThat(storedWith(accepted)).isEqualTo(1);
        String tag = uniqueTag();
        given().contentType(ContentType.JSON).body(tagged(tag).replace("\"customerName\": \"Acme Rail GmbH\",", ""))
                .when().post("/leads")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem("customerName"));
        assertThat(storedWith(tag)).isZero();
    }

    @Test
    void unknownChannelIs400NamingTheField() {
        String tag = uniqueTag();
        given().contentType(ContentType.JSON).body(tagged(tag).replace("TRADE_SHOW", "CARRIER_PIGEON"))
                .when().post("/leads")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("channel"))
                .body("errors[0].message", containsString("CARRIER_PIGEON"));
        assertThat(storedWith(tag)).isZero();
    }

    @Test
    void textWithANulCharacterIs400NamingTheFieldAndStoresNothing() {
        // PostgreSQL cannot store U+0000: refused on arrival by field, not by the database as "$"
        String tag = uniqueTag();
        given().contentType(ContentType.JSON).body(tagged(tag).replace("Acme Rail GmbH", "Acme\\u0000Rail"))
                .when().post("/leads")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("customerName"))
                .body("errors[0].message", containsString("U+0000"));
        assertThat(storedWith(tag)).isZero();
    }

    @Test
    void malformedJsonIs400() {
        long before = eventCount();
        given().contentType(ContentType.JSON).body("{\"customerName\": \"Acme\", ")
                .when().post("/leads")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("malformed JSON"));
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void oversizeFieldIs400NamingTheFieldAndOversizeBodyIsRefused() {
        String tag = uniqueTag();
        long before = eventCount();
        given().contentType(ContentType.JSON).body(tagged(tag).replace("Acme Rail GmbH", "A".repeat(5_000)))
                .when().post("/leads")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("customerName"));
        given().contentType(ContentType.JSON).body(tagged(tag).replace("maintenance planning is too slow", "x".repeat(400_000)))
                .when().post("/leads")
                .then().statusCode(413);
        assertThat(storedWith(tag)).isZero();
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void invalidEmailAndUnknownLeadAreProblems() {
        given().contentType(ContentType.JSON).body(LEAD.replace("li.wei@acme-rail.example", "not-an-email"))
                .when().post("/leads")
                .then().statusCode(400)
                .body("errors.field", hasItem("contact.email"));
        given().when().get("/leads/00000000-0000-0000-0000-000000000000")
                .then().statusCode(404)
                .contentType("application/problem+json");
        given().when().get("/leads/not-a-uuid")
                .then().statusCode(404);
    }

    @Test
    void everyEndpointNeedsABearerTokenAndCommandsNeedTheirRole() {
        given().header("Authorization", "").contentType(ContentType.JSON).body(LEAD).when().post("/leads")
                .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
        given().header("Authorization", "").when().get("/leads").then().statusCode(401);
        given().header("Authorization", "Bearer not.a.jwt").when().get("/leads").then().statusCode(401);
        given().header("Authorization", io.dealstream.localstack.TestAuth.bearer("dora", "delivery"))
                .contentType(ContentType.JSON).body(LEAD).when().post("/leads")
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", io.dealstream.localstack.TestAuth.bearer("dora", "delivery"))
                .when().get("/leads").then().statusCode(200);
        given().when().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void theActorIsTheTokensUserNeverTheBody() {
        String id = given().header("Authorization", io.dealstream.localstack.TestAuth.bearer("sam.sales", "sales"))
                .contentType(ContentType.JSON).body(LEAD.replace("{\"customerName\"", "{\"actor\": \"mallory\", \"customerName\""))
                .when().post("/leads").then().statusCode(201).extract().path("id");
        given().get("/leads/" + id + "/history").then().body("[0].actor", equalTo("sam.sales"));
    }

    @Inject
    io.dealstream.lead.projection.LeadGauges leadGauges;

    @Inject
    io.dealstream.eventstore.quarkus.DeadlineGauges deadlineGauges;

    @Test
    void prometheusShowsLeadsByTierAndOpenDeadlines() {
        String id = given().contentType(ContentType.JSON).body(LEAD).post("/leads").then().statusCode(201)
                .extract().path("id");
        given().contentType(ContentType.JSON).body("""
                {"via": "PHONE", "summary": "s", "needStated": true}""")
                .post("/leads/" + id + "/first-contact")
                .then().statusCode(200);
        leadGauges.refresh().await().atMost(Duration.ofSeconds(10));
        deadlineGauges.refresh().await().atMost(Duration.ofSeconds(10));

        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).containsPattern("dealstream_leads\\{[^}]*tier=\"MEDIUM\"[^}]*} [1-9]")
                .containsPattern("dealstream_deadlines_open\\{[^}]*kind=\"NURTURE_FOLLOW_UP_7D\"[^}]*} [1-9]");
    }

    @Test
    void openApiDocumentsEveryEndpointWithExamples() {
        String doc = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
        for (String path : List.of("/leads", "/leads/{id}", "/leads/{id}/history", "/leads/{id}/first-contact",
                "/leads/{id}/qualification", "/leads/{id}/nurture-material", "/leads/{id}/follow-ups",
                "/leads/{id}/reactivation", "/leads/{id}/disqualification", "/leads/{id}/merge", "/leads/tiers",
                "/follow-ups/due", "/accounts", "/accounts/{id}")) {
            assertThat(doc).as(path).contains("\"" + path + "\"");
        }
        assertThat(doc).contains("\"examples\"").contains("Acme Rail GmbH").contains("CFO confirmed the budget verbally");
        // each operation names the roles it needs (bearer JWT scheme, roles from @RolesAllowed)
        io.restassured.path.json.JsonPath json = io.restassured.path.json.JsonPath.from(doc);
        assertThat(json.getList("paths.'/leads/{id}/scenario'.post.security.bearerJwt.flatten()", String.class))
                .containsExactlyInAnyOrder("manager", "admin");
        assertThat(json.getList("paths.'/leads/{id}/qualification'.post.security.bearerJwt.flatten()", String.class))
                .containsExactlyInAnyOrder("sales", "manager", "admin");
        assertThat(json.getString("components.securitySchemes.bearerJwt.scheme")).isEqualTo("bearer");
        // command headers arrive as one parameter object and are documented per operation
        assertThat(json.getList("paths.'/leads/{id}/qualification'.post.parameters.name", String.class))
                .contains("If-Match", "Idempotency-Key");
        assertThat(json.getList("paths.'/leads'.post.parameters.name", String.class))
                .contains("Idempotency-Key").doesNotContain("If-Match");
        // what Bean Validation checks is published as schema constraints a client can check first
        assertThat(json.getString("components.schemas.ContactDto.properties.email.pattern")).isEqualTo("^$|^[^@\\s]+@[^@\\s]+$");
        assertThat(json.getString("components.schemas.ContactDto.properties.name.not.pattern")).isEqualTo("\u0000");
        assertThat(json.getInt("components.schemas.BudgetRangeDto.minProperties")).isEqualTo(2);
        assertThat(json.getMap("components.schemas.BudgetRangeDto.properties")).containsOnlyKeys("min", "max", "currency");
        assertThat(new java.math.BigDecimal(doc.replaceAll("(?s).*\"BudgetRangeDto\".*?\"max\".*?\"exclusiveMaximum\"\\s*:\\s*([0-9.eE+]+).*", "$1")))
                .isEqualByComparingTo("1e15");
    }

    /** A source tag no other test uses: what a refused request would have stored carries it. */
    private static String uniqueTag() {
        return "refused-" + java.util.UUID.randomUUID();
    }

    private static String tagged(String tag) {
        return LEAD.replace("2026 trade show", tag);
    }

    /** Events of any stream whose payload carries the tag (the source tag is not personal data: stored clear). */
    private long storedWith(String tag) {
        return store.pool().preparedQuery("SELECT count(*) AS n FROM eventstore.events WHERE payload::text LIKE $1")
                .execute(io.vertx.mutiny.sqlclient.Tuple.of("%" + tag + "%"))
                .map(rows -> rows.iterator().next().getLong("n")).await().atMost(Duration.ofSeconds(10));
    }

    private long eventCount() {
        return store.pool().query("SELECT count(*) AS n FROM eventstore.events").execute()
                .map(rows -> rows.iterator().next().getLong("n")).await().atMost(Duration.ofSeconds(10));
    }
}
