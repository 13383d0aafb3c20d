package io.dealstream.lead.api;

import static io.dealstream.lead.support.LeadApi.capture;
import static io.dealstream.lead.support.LeadApi.command;
import static io.dealstream.lead.support.LeadApi.firstContact;
import static io.dealstream.lead.support.LeadApi.get;
import static io.dealstream.lead.support.LeadApi.leadJson;
import static io.dealstream.lead.support.LeadApi.newLead;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.dealstream.localstack.LocalStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Stage 1 over REST against the real stack. */
@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "stage", value = "LEAD"))
class LeadStageTest {

    @org.junit.jupiter.api.BeforeAll
    static void authenticate() {
        io.dealstream.localstack.TestAuth.allRoles();
    }

    @Test
    void firstContactGradesTheLeadAndOpensItsTierDeadline() {
        String high = newLead();
        command(high, "first-contact", firstContact(true, true)).statusCode(200)
                .body("streamVersion", equalTo(3))
                .body("events", contains("FirstContactLogged", "LeadQualified"));
        get(high).body("status", equalTo("QUALIFIED")).body("intent", equalTo("HIGH")).body("tier", equalTo("HIGH"))
                .body("nextFollowUpKind", equalTo("DEEP_TALK_24H"))
                .body("budgetRange.currency", equalTo("EUR"));
        Instant due = Instant.parse(get(high).extract().path("nextFollowUpAt"));
        assertThat(due).isBetween(Instant.now().plus(23, ChronoUnit.HOURS), Instant.now().plus(25, ChronoUnit.HOURS));

        String medium = newLead();
        command(medium, "first-contact", firstContact(true, false)).statusCode(200);
        get(medium).body("tier", equalTo("MEDIUM")).body("status", equalTo("NURTURING"))
                .body("nextFollowUpKind", equalTo("NURTURE_FOLLOW_UP_7D"));

        String low = newLead();
        command(low, "first-contact", firstContact(false, false)).statusCode(200);
        get(low).body("tier", equalTo("LOW")).body("status", equalTo("DEFERRED"))
                .body("nextFollowUpKind", equalTo("QUARTERLY_REACTIVATION"));
    }

    @Test
    void anOverrideIsAManagersActWithAReasonAndIsRecordedAsSuch() {
        String lead = newLead();
        command(lead, "first-contact", firstContact(true, false)).statusCode(200);

        given().header("Authorization", io.dealstream.localstack.TestAuth.bearer("sam", "sales"))
                .contentType(io.restassured.http.ContentType.JSON)
                .body("{\"intent\": \"HIGH\", \"reason\": \"feels like a buyer\"}")
                .post("/leads/" + lead + "/qualification").then().statusCode(403)
                .body("rule", equalTo("override-needs-manager"));
        get(lead).body("intent", equalTo("MEDIUM"));
        command(lead, "qualification", "{\"intent\": \"HIGH\"}").statusCode(422)
                .contentType("application/problem+json")
                .body("rule", equalTo("override-needs-reason"));
        command(lead, "qualification", "{\"intent\": \"HIGH\", \"reason\": \"CFO confirmed budget verbally\"}")
                .statusCode(200);
        get(lead).body("intent", equalTo("HIGH")).body("overridden", equalTo(true))
                .body("gradeReason", equalTo("CFO confirmed budget verbally"));
    }

    @Test
    void aBudgetWhoseMinExceedsItsMaxIsRefusedByItsRuleAndChangesNothing() {
        String lead = newLead();
        command(lead, "first-contact", firstContact(true, false)).statusCode(200);
        long version = get(lead).extract().jsonPath().getLong("version");
        command(lead, "follow-ups", """
                {"notes": "budget?", "outcome": "REACHED", "budgetRange": {"min": "80000", "max": "50000", "currency": "EUR"}}""")
                .statusCode(422).body("rule", equalTo("budget-range-inverted"));
        command(lead, "follow-ups", """
                {"notes": "budget?", "outcome": "REACHED", "budgetRange": {"currency": "EUR"}}""")
                .statusCode(400).body("errors.field", contains("budgetRange.bounded"));
        get(lead).body("version", equalTo((int) version));
    }

    @Test
    void nurtureFollowUpRegradeDisqualifyAndReactivate() {
        String lead = newLead();
        command(lead, "first-contact", firstContact(true, false)).statusCode(200);
        command(lead, "nurture-material", "{\"material\": \"case study\", \"channel\": \"email\"}").statusCode(200);
        get(lead).body("nurtureCount", equalTo(1));

        String next = Instant.now().plus(3, ChronoUnit.DAYS).toString();
        command(lead, "follow-ups", """
                {"notes": "budget approved", "outcome": "REACHED", "nextFollowUpAt": "%s",
                 "budgetRange": {"min": "20000", "currency": "EUR"}}""".formatted(next))
                .statusCode(200).body("events", contains("FollowUpLogged", "LeadQualified"));
        get(lead).body("tier", equalTo("HIGH"))
                .body("followUpLog.kind", contains("FIRST_CONTACT", "FOLLOW_UP"))
                .body("followUpLog[0].via", equalTo("PHONE"))
                .body("followUpLog[1].notes", equalTo("budget approved"))
                .body("followUpLog[1].outcome", equalTo("REACHED"))
                .body("followUpLog[1].nextFollowUpAt", notNullValue());

        command(lead, "nurture-material", "{\"material\": \"x\", \"channel\": \"email\"}").statusCode(409)
                .body("rule", equalTo("not-in-nurture-pool"));
        command(lead, "disqualification", "{\"reason\": \"went with an in-house build\"}").statusCode(200);
        get(lead).body("status", equalTo("DISQUALIFIED")).body("nextFollowUpAt", equalTo(null));
        command(lead, "follow-ups", "{\"notes\": \"x\", \"outcome\": \"REACHED\"}").statusCode(409)
                .body("rule", equalTo("lead-closed"));
        command(lead, "reactivation", "{\"notes\": \"in-house build failed\"}").statusCode(200);
        get(lead).body("status", equalTo("CONTACTED")).body("intent", equalTo(null));
    }

    @Test
    void staleIfMatchIs409AndCurrentIfMatchIsAccepted() {
        String lead = newLead();
        command(lead, "first-contact", firstContact(true, false)).statusCode(200);

        given().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body("{\"material\": \"m\", \"channel\": \"email\"}")
                .post("/leads/" + lead + "/nurture-material")
                .then().statusCode(409).contentType("application/problem+json")
                .body("currentVersion", equalTo(3));
        given().contentType(ContentType.JSON).header("If-Match", "\"3\"")
                .body("{\"material\": \"m\", \"channel\": \"email\"}")
                .post("/leads/" + lead + "/nurture-material")
                .then().statusCode(200).header("ETag", "\"4\"");
        given().contentType(ContentType.JSON).header("If-Match", "three")
                .body("{\"material\": \"m\", \"channel\": \"email\"}")
                .post("/leads/" + lead + "/nurture-material")
                .then().statusCode(400).body("errors[0].field", equalTo("If-Match"));
    }

    @Test
    void aRepeatedIdempotencyKeyReturnsTheFirstAnswerWithoutASecondEvent() {
        String key = UUID.randomUUID().toString();
        String body = leadJson("Idem Corp " + key.substring(0, 6), key.substring(0, 6) + "@idem.example");
        String first = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/leads").then().statusCode(201).extract().path("id");
        String second = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/leads").then().statusCode(201).header("Idempotent-Replayed", "true").extract().path("id");
        assertThat(second).isEqualTo(first);

        String lead = first;
        String contactKey = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            given().contentType(ContentType.JSON).header("Idempotency-Key", contactKey).body(firstContact(true, true))
                    .post("/leads/" + lead + "/first-contact").then().statusCode(200).body("streamVersion", equalTo(3));
        }
        given().get("/leads/" + lead + "/history").then().body("", hasSize(3));
        // the key names one request: the same body on another lead's path is another request
        given().contentType(ContentType.JSON).header("Idempotency-Key", contactKey).body(firstContact(true, true))
                .post("/leads/" + newLead() + "/first-contact").then().statusCode(422)
                .body("rule", equalTo("idempotency-key-reused"));

        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(leadJson("Other", "o@x.example"))
                .post("/leads").then().statusCode(422).body("rule", equalTo("idempotency-key-reused"));
    }

    @Test
    void duplicatesAreFlaggedAndMergedKeepingBothHistories() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String original = capture(leadJson("Dup Works " + tag + " GmbH", tag + "@dup.example"));
        String duplicateBody = leadJson("dup-works " + tag, "Other." + tag + "@elsewhere.example");

        String duplicate = given().contentType(ContentType.JSON).body(duplicateBody).post("/leads")
                .then().statusCode(201)
                .body("possibleDuplicates.id", hasItem(original))
                .body("possibleDuplicates.find { it.id == '" + original + "' }.matchedOn", equalTo("customerName"))
                .extract().path("id");

        command(original, "merge", "{\"mergedLeadId\": \"" + duplicate + "\"}").statusCode(200)
                .body("events", contains("LeadsMerged"));
        get(duplicate).body("status", equalTo("MERGED")).body("mergedInto", equalTo(original));
        given().get("/leads/" + duplicate + "/history").then().body("eventType", contains("LeadCaptured", "LeadsMerged"));
        given().get("/leads/" + original + "/history").then().body("eventType", contains("LeadCaptured", "LeadsMerged"));
        command(original, "merge", "{\"mergedLeadId\": \"" + original + "\"}").statusCode(422)
                .body("rule", equalTo("merge-into-itself"));
        command(original, "merge", "{\"mergedLeadId\": \"" + UUID.randomUUID() + "\"}").statusCode(404);
    }

    @Test
    void accountsRegisterWithTheTemplateAndListTheirLeads() {
        String account = given().contentType(ContentType.JSON).body("""
                        {"name": "Northwind Ltd", "industry": "food retail", "employees": 800,
                         "annualRevenue": {"amount": "120000000", "currency": "GBP"},
                         "contacts": [{"name": "Ann Lee", "title": "CIO", "email": "ann.lee@northwind.example"}]}""")
                .post("/accounts").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.startsWith("/accounts/")).extract().path("id");
        // the scenario follows the customer: a lead for a registered account buys again unless said otherwise
        String lead = capture("""
                {"customerName": "Northwind Ltd", "accountId": "%s",
                 "contact": {"name": "Ann Lee", "email": "ann.lee@northwind.example"}, "channel": "SOCIAL_DM"}"""
                .formatted(account));
        get(lead).body("scenario", equalTo("REPEAT_PURCHASE")).body("accountId", equalTo(account));
        given().contentType(ContentType.JSON).body("""
                {"customerName": "Ghost Ltd", "accountId": "%s",
                 "contact": {"name": "Gus", "email": "gus@ghost.example"}, "channel": "SOCIAL_DM"}"""
                .formatted(UUID.randomUUID())).post("/leads").then().statusCode(422)
                .body("rule", equalTo("unknown-account")).body("detail", containsString("accountId"));

        given().get("/accounts/" + account).then().statusCode(200)
                .body("name", equalTo("Northwind Ltd")).body("employees", equalTo(800))
                .body("contacts[0].title", equalTo("CIO"))
                .body("leads.id", hasItem(lead));
        given().contentType(ContentType.JSON).body("{\"name\": \"No Contacts\", \"industry\": \"x\", \"contacts\": []}")
                .post("/accounts").then().statusCode(400).body("errors.field", hasItem("contacts"));
        given().get("/accounts/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void listsFilterAndPageAndTheTierListCounts() {
        String owner = "owner-" + UUID.randomUUID().toString().substring(0, 6);
        int highBefore = given().get("/leads/tiers").then().extract().path("find { it.tier == 'HIGH' }.count");
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(capture("""
                    {"customerName": "Filter Co %d %s", "contact": {"name": "X", "phone": "+1 555 0100"},
                     "channel": "WHITEPAPER", "owner": "%s"}""".formatted(i, owner, owner)));
        }
        command(ids.get(0), "first-contact", firstContact(true, true)).statusCode(200);

        given().queryParam("owner", owner).get("/leads").then().statusCode(200)
                .body("total", equalTo(3)).body("items", hasSize(3));
        given().queryParam("owner", owner).queryParam("tier", "HIGH").get("/leads").then()
                .body("total", equalTo(1)).body("items[0].id", equalTo(ids.get(0)));
        given().queryParam("owner", owner).queryParam("size", 2).queryParam("page", 1).get("/leads").then()
                .body("items", hasSize(1)).body("page", equalTo(1));
        given().queryParam("q", "filter co 1 " + owner).get("/leads").then().body("total", equalTo(1));
        given().queryParam("q", "%").queryParam("owner", owner).get("/leads").then().body("total", equalTo(0));
        given().queryParam("tier", "ULTRA").get("/leads").then().statusCode(400)
                .body("errors[0].field", equalTo("tier"));
        given().queryParam("size", 5000).get("/leads").then().statusCode(400).body("errors[0].field", equalTo("size"));

        given().get("/leads/tiers").then().statusCode(200)
                .body("tier", contains("HIGH", "MEDIUM", "LOW"))
                .body("find { it.tier == 'HIGH' }.count", equalTo(highBefore + 1));
        given().queryParam("before", Instant.now().plus(2, ChronoUnit.DAYS).toString()).queryParam("owner", owner)
                .get("/follow-ups/due").then().statusCode(200)
                .body("items.id", contains(ids.get(0)))
                .body("items[0].nextFollowUpAt", notNullValue());
        given().get("/follow-ups/due").then().statusCode(400);
    }
}
