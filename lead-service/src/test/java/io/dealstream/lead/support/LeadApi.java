package io.dealstream.lead.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.UUID;

/** REST calls the lead tests repeat. */
public final class LeadApi {

    private LeadApi() {
    }

    public static String leadJson(String customer, String email) {
        return """
                {"customerName": "%s", "industry": "manufacturing",
                 "contact": {"name": "Mia Chen", "title": "COO", "email": "%s"},
                 "channel": "WEBSITE_FORM", "sourceTag": "pricing page", "needSummary": "reduce scrap rate",
                 "scenario": "NEW_CUSTOMER", "owner": "bob"}""".formatted(customer, email);
    }

    /** A unique customer, so tests do not see each other's duplicates. */
    public static String newLead() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        return capture(leadJson("Customer " + tag, tag + "@example.com"));
    }

    public static String capture(String json) {
        return given().contentType(ContentType.JSON).body(json).post("/leads")
                .then().statusCode(201).extract().path("id");
    }

    public static ValidatableResponse command(String leadId, String command, String json) {
        return given().contentType(ContentType.JSON).body(json).post("/leads/" + leadId + "/" + command).then();
    }

    public static ValidatableResponse get(String leadId) {
        return given().get("/leads/" + leadId).then().statusCode(200);
    }

    public static String firstContact(boolean needStated, boolean budget) {
        return """
                {"via": "PHONE", "summary": "intro call",
                 "needStated": %s %s}""".formatted(needStated,
                budget ? ", \"budgetRange\": {\"min\": \"50000\", \"max\": \"80000\", \"currency\": \"EUR\"}" : "");
    }
}
