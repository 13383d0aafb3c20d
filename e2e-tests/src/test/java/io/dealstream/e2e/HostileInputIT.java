package io.dealstream.e2e;

import io.dealstream.localstack.SignatureJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.response.Response;
import java.util.function.Function;
import io.dealstream.events.Stage;
import io.dealstream.localstack.fuzz.HostileInputRun;
import io.dealstream.localstack.fuzz.RequestContract;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Generated malformed and hostile requests against every command of needs-, proposal-, deal- and
 * delivery-service (lead-service has its own), each on an opportunity waiting at that stage and each after
 * its valid body was accepted (the positive control), and hostile queries on every list: no 5xx anywhere;
 * every malformed request a validation refusal (problem+json 400/413/415/422) that stores nothing.
 */
class HostileInputIT {

    private static final String BAD_UUID_PATH = "'%20OR%201=1";
    private static Platform platform;
    private static Steps steps;

    @BeforeAll
    static void startPlatform() {
        platform = Platform.get();
        steps = new Steps(platform);
    }

    @Test
    void thousandsOfMalformedOrHostileRequestsAcrossTheStagesAreNeverA5xxAndStoreNothing() throws Exception {
        String atNeeds = steps.captureLead("Fuzz Needs AG", "NEW_CUSTOMER");
        steps.firstContact(atNeeds, true, true);
        steps.awaitOn(Stage.NEEDS, "/needs/" + atNeeds);
        String atProposal = steps.captureLead("Fuzz Proposal AG", "NEW_CUSTOMER");
        steps.firstContact(atProposal, true, true);
        steps.confirmNeeds(atProposal);
        steps.awaitOn(Stage.PROPOSAL, "/proposals/" + atProposal);
        String atDeal = steps.captureLead("Fuzz Deal AG", "NEW_CUSTOMER");
        steps.firstContact(atDeal, true, true);
        steps.confirmNeeds(atDeal);
        steps.acceptProposal(atDeal);
        steps.awaitOn(Stage.DEAL, "/deals/" + atDeal);
        String atDelivery = steps.captureLead("Fuzz Delivery AG", "NEW_CUSTOMER");
        steps.firstContact(atDelivery, true, true);
        steps.confirmNeeds(atDelivery);
        steps.acceptProposal(atDelivery);
        steps.prepareDeal(atDelivery);
        steps.round(atDelivery, 1, "45000.00", null);
        steps.minutes(atDelivery, 1);
        steps.signContract(atDelivery);
        steps.awaitOn(Stage.DELIVERY, "/deliveries/" + atDelivery);

        List<HostileInputRun> runs = new ArrayList<>();
        String analysis = """
                        {"method": "MEETING", "currentState": "spreadsheets",
                         "pains": [{"rank": 1, "description": "planning takes two days", "scenario": "weekly planning"}],
                         "goals": ["plan in two hours"], "budgetRange": {"min": "40000", "currency": "EUR"},
                         "decisionProcess": {"steps": ["board"], "keyPeople": [{"name": "Li Wei", "role": "CTO", "influence": "DECIDER"}]}}""";
        HostileInputRun needsRun = run(Stage.NEEDS, atNeeds).readingBack(view(Stage.NEEDS, "/needs/" + atNeeds),
                "/report", "/report/meeting", "/report/handoff");
        runs.add(needsRun);
        needsRun.post("/needs/" + atNeeds + "/outline", """
                        {"backgroundNotes": "annual report read", "questions": [
                         {"theme": "CURRENT_STATE", "text": "How does planning work?", "kind": "OPEN"},
                         {"theme": "GOAL", "text": "What do you want to reach?", "kind": "OPEN"},
                         {"theme": "OBSTACLE", "text": "What blocks you?", "kind": "OPEN"},
                         {"theme": "BUDGET", "text": "Is a budget approved?", "kind": "CLOSED"}]}""", 11)
                .post("/needs/" + atNeeds + "/discovery-meeting", """
                        {"format": "ONSITE", "durationMinutes": 90, "customerTalkShare": 0.7,
                         "participants": [{"name": "Alice", "role": "SALES_LEAD"}, {"name": "Raj", "role": "TECH_EXPERT"},
                                          {"name": "Li Wei", "role": "CUSTOMER"}],
                         "fiveWhys": [{"pain": "slow", "whys": ["three systems"], "rootCause": "no register"}], "expertNotes": "SAP PM 6.0; nightly CSV export is the only interface"}""", 12)
                .post("/needs/" + atNeeds + "/analysis", analysis, 13);
        // what a customer reads: hostile text in the needs report is printed as text, never as markup
        platform.post(Stage.NEEDS, "/needs/" + atNeeds + "/analysis",
                with(analysis, Map.of("/currentState", SCRIPT, "/pains/0/description", ATTRIBUTE))).statusCode(200);
        assertPrintedAsText(Stage.NEEDS, "/needs/" + atNeeds, "report.currentState");
        needsRun.post("/needs/" + atNeeds + "/requirements",
                        "{\"requirements\": [{\"id\": \"R1\", \"text\": \"register\", \"priority\": \"MUST\", \"painRank\": 1}]}", 14)
                .post("/needs/" + atNeeds + "/solution-design-handoff", "{\"team\": \"solution design\", \"handedTo\": \"Raj\"}", 16)
                .post("/needs/" + atNeeds + "/confirmation-request", "{\"documentRef\": \"DMS-1\"}", 17)
                .post("/needs/" + atNeeds + "/confirmation", "{\"signatures\": " + SignatureJson.bothSides() + "}", 15);
        HostileInputRun proposalRun = run(Stage.PROPOSAL, atProposal)
                .readingBack(view(Stage.PROPOSAL, "/proposals/" + atProposal), "/proposal/sections", "/proposal");
        runs.add(proposalRun);
        String draft = """
                        {"painRestatement": "Planning takes two days.", "solution": "Asset register.", "implementationPath": "6 weeks",
                         "valueQuantification": [{"metric": "planning", "baseline": "16", "expected": "2", "unit": "h/week"}],
                         "quote": {"lines": [{"item": "licence", "quantity": "1", "unitPrice": "48000.00"}], "currency": "EUR", "total": "48000.00"},
                         "differentiators": ["7x24"], "coverage": [{"requirementId": "R1", "how": "register module"}],
                 "risks": ["data migration depends on the customer's ERP export"],
                 "customParts": ["interface to the customer's depot scheduling"]}""";
        proposalRun.post("/proposals/" + atProposal + "/draft", draft, 21)
                .notReadBack() // a rehearsal is counted, its notes are the team's own
                .post("/proposals/" + atProposal + "/rehearsals", "{\"notes\": \"one\"}", 22);
        platform.post(Stage.PROPOSAL, "/proposals/" + atProposal + "/rehearsals", "{\"notes\": \"two\"}").statusCode(200);
        proposalRun.readingBack(view(Stage.PROPOSAL, "/proposals/" + atProposal),
                "/objections/0 -> /proposal/objections/-", "/proposal")
                .post("/proposals/" + atProposal + "/presentation", """
                        {"comparableCases": ["Nordic Rail: planning from two days to two hours"], "attendees": ["Li Wei"], "questions": [],
                         "objections": [{"type": "PRICE", "description": "above budget", "owner": "alice"}]}""", 23);
        String objection = platform.get(Stage.PROPOSAL, "/proposals/" + atProposal + "/objections").extract()
                .path("[0].objection.objectionId");
        proposalRun.readingBack(view(Stage.PROPOSAL, "/proposals/" + atProposal), "/proposal/objections/0")
                .post("/proposals/" + atProposal + "/objections/" + objection + "/answer",
                "{\"response\": \"pay in phases\", \"evidence\": []}", 24);
        Function<Response, Response> deal =
                view(Stage.DEAL, "/deals/" + atDeal);
        runs.add(run(Stage.DEAL, atDeal).readingBack(deal, "/deal")
                .post("/deals/" + atDeal + "/preparation", """
                        {"bottomLines": {"minPrice": {"amount": "42000.00", "currency": "EUR"}, "maxPaymentTermDays": 30, "serviceScope": ["licence"]},
                         "counterpart": {"decisionChain": ["CTO", "CFO"], "budgetAuthority": "CFO", "concerns": ["price"]},
                         "concessions": [{"give": "training day", "get": "no price cut"}],
                         "responses": ["if price: weigh two planning days a week against the licence"]}""", 31)
                .notReadBack()
                .post("/deals/" + atDeal + "/rehearsals", "{\"notes\": \"role-played the CFO\"}", 35)
                .readingBack(deal, "/deal/rounds/-")
                .post("/deals/" + atDeal + "/rounds", """
                        {"terms": {"price": {"amount": "45000.00", "currency": "EUR"}, "paymentTermDays": 30, "paymentMethod": "transfer",
                                   "deliveryDate": "2026-06-30", "liability": "capped at contract value", "serviceScope": ["licence"]},
                         "concessionsMade": []}""", 32)
                .readingBack(deal, "/deal/rounds/0/minutes")
                .post("/deals/" + atDeal + "/rounds/1/minutes",
                        "{\"summary\": \"agreed\", \"signatures\": " + SignatureJson.bothSides() + "}", 33)
                .readingBack(deal, "/deal/contract")
                .post("/deals/" + atDeal + "/contract", """
                        {"clauses": [{"title": "Service standard", "text": "Incidents answered within 4 hours."}]}""", 34));
        Function<Response, Response> delivery =
                view(Stage.DELIVERY, "/deliveries/" + atDelivery);
        runs.add(run(Stage.DELIVERY, atDelivery).readingBack(delivery, "/delivery")
                .post("/deliveries/" + atDelivery + "/plan", """
                        {"milestones": [{"milestoneId": "M1", "name": "rollout", "dueAt": "2026-03-01", "owner": "Raj", "deliverable": "go-live"}]}""", 41)
                .readingBack(delivery, "/delivery/progress/-")
                .post("/deliveries/" + atDelivery + "/progress", "{\"summary\": \"on track\", \"issues\": [{\"description\": \"late part\"}]}", 42)
                .post("/deliveries/" + atDelivery + "/milestones/M1/completion", "{}", 47)
                .readingBack(delivery, "/delivery/acceptance")
                .post("/deliveries/" + atDelivery + "/acceptance",
                        "{\"reportRef\": \"ACC-1\", \"signatures\": " + SignatureJson.bothSides() + "}", 43)
                .readingBack(delivery, "/delivery/maintenanceLog/-")
                .post("/deliveries/" + atDelivery + "/maintenance",
                        "{\"kind\": \"MONTHLY_INSPECTION\", \"notes\": \"all fine\"}", 44)
                .post("/deliveries/" + atDelivery + "/survey", """
                        {"serviceQuality": 5, "solutionEffect": 4, "responseSpeed": 5, "teamwork": 5, "overall": "SATISFIED"}""", 45,
                        "survey-too-early") // real use comes weeks after the acceptance: the valid body reaches that rule
                .readingBack(delivery, "/delivery/referrals/-")
                .post("/deliveries/" + atDelivery + "/referrals", """
                        {"referredCompany": "Fuzz Referred AB", "contact": {"name": "Eva Berg", "email": "eva@referred.example"},
                         "incentive": "one month free support"}""", 46));

        for (Map.Entry<Stage, String> list : Map.of(Stage.NEEDS, "/needs", Stage.PROPOSAL, "/proposals",
                Stage.DEAL, "/deals", Stage.DELIVERY, "/deliveries").entrySet()) {
            HostileInputRun run = runs.get(0);
            for (Map.Entry<String, String> query : Map.of("status", "ULTRA", "stage", "' OR 1=1 --", "size", "-1",
                    "page", "x", "overdue", "maybe").entrySet()) {
                run.survived("GET " + list.getValue() + " " + query, () -> platform.sales(list.getKey())
                        .queryParam(query.getKey(), query.getValue()).get(list.getValue()));
            }
            run.refused("GET " + list.getValue() + "/" + BAD_UUID_PATH,
                    () -> platform.sales(list.getKey()).get(list.getValue() + "/" + BAD_UUID_PATH));
        }
        for (Map.Entry<String, String> query : Map.of("asOf", "yesterday", "stage", "<script>", "size", "100000").entrySet()) {
            runs.get(0).survived("GET /pipeline " + query, () -> platform.pipeline()
                    .queryParam(query.getKey(), query.getValue()).get("/pipeline/funnel"));
        }

        // ... and in the proposal and a contract clause; the JSON shows it unchanged
        platform.post(Stage.PROPOSAL, "/proposals/" + atProposal + "/revisions", "{\"reason\": \"customer asked\", \"content\": "
                + with(draft, Map.of("/painRestatement", SCRIPT, "/solution", ATTRIBUTE)) + "}").statusCode(200);
        assertPrintedAsText(Stage.PROPOSAL, "/proposals/" + atProposal, "proposal.sections.painRestatement");
        platform.post(Stage.DEAL, "/deals/" + atDeal + "/contract", with("{\"clauses\": [{\"title\": \"\", \"text\": \"\"}]}",
                Map.of("/clauses/0/title", SCRIPT, "/clauses/0/text", ATTRIBUTE))).statusCode(200);
        assertPrintedAsText(Stage.DEAL, "/deals/" + atDeal + "/contract", "contract.clauses[0].title");

        System.out.printf("hostile input: %d requests, %d malformed, %d refused by a rule, %d hostile texts accepted, "
                + "%d read back%n",
                runs.stream().mapToInt(HostileInputRun::requests).sum(), runs.stream().mapToInt(HostileInputRun::malformed).sum(),
                runs.stream().mapToInt(HostileInputRun::ruleRefusals).sum(),
                runs.stream().mapToInt(HostileInputRun::acceptedHostile).sum(),
                runs.stream().mapToInt(HostileInputRun::readBack).sum());
        assertThat(runs).flatExtracting(HostileInputRun::violations).isEmpty();
        assertThat(runs).allSatisfy(run -> assertThat(run.requests()).isGreaterThan(250));
        assertThat(runs.stream().mapToInt(HostileInputRun::requests).sum()).isGreaterThanOrEqualTo(1000);
        assertThat(runs.stream().mapToInt(HostileInputRun::malformed).sum()).isGreaterThan(500);
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String ATTRIBUTE = "\"><img src=x onerror=alert(1)>";

    /** {@code body} with the texts at the JSON pointers given (each pointer's parent must be an object). */
    private static String with(String body, Map<String, String> texts) throws Exception {
        JsonNode json = JSON.readTree(body);
        texts.forEach((pointer, text) -> ((ObjectNode) json.at(
                pointer.substring(0, pointer.lastIndexOf('/')))).put(pointer.substring(pointer.lastIndexOf('/') + 1), text));
        return json.toString();
    }

    /** The printable rendering of {@code path} shows SCRIPT and ATTRIBUTE as text; its JSON shows SCRIPT at {@code field}. */
    private static void assertPrintedAsText(Stage stage, String path, String field) {
        String printed = platform.sales(stage).accept("text/html").get(path).then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/html")).extract().asString();
        assertThat(printed).as(path + " printed").doesNotContain(SCRIPT).doesNotContain("<img")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
        assertThat(platform.sales(stage).get(path).then().statusCode(200).extract().jsonPath().getString(field))
                .as(path + " " + field).isEqualTo(SCRIPT);
    }

    /** The query that shows what a command on {@code path} stored. */
    private static Function<Response, Response> view(
            Stage stage, String path) {
        return accepted -> platform.as(stage, "fuzzer", "sales", "manager", "legal", "delivery").get(path);
    }

    /** A fuzz run against one service, counting the opportunity's events in that service's own store. */
    private static HostileInputRun run(Stage stage, String opportunity) {
        // every role, so the requests reach validation and the domain rather than stopping at a 403
        return new HostileInputRun(() -> platform.as(stage, "fuzzer", "sales", "manager", "legal", "delivery"),
                () -> storedEvents(stage.id(), opportunity)).keepingTo(RequestContract.of(
                        platform.sales(stage).get("/q/openapi?format=json").then().statusCode(200).extract().asString()));
    }

    private static long storedEvents(String database, String opportunity) {
        return ServiceDatabases.count(platform, database, "SELECT count(*) FROM eventstore.events WHERE opportunity_id = ?",
                UUID.fromString(opportunity));
    }
}
