package io.dealstream.e2e;

import io.dealstream.localstack.SignatureJson;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.dealstream.events.Stage;
import java.time.Duration;
import java.util.UUID;

/** The stages of a journey, each over REST only; hand-overs between services are awaited, never triggered. */
final class Steps {

    static final Duration HANDOVER = Duration.ofSeconds(60);
    private final Platform p;

    Steps(Platform platform) {
        this.p = platform;
    }

    String captureLead(String customer, String scenario) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        return p.post(Stage.LEAD, "/leads", """
                {"customerName": "%s", "industry": "rail logistics",
                 "contact": {"name": "Li Wei", "title": "CTO", "email": "li.wei.%s@example.com"},
                 "channel": "TRADE_SHOW", "sourceTag": "2026 trade show", "needSummary": "slow maintenance planning",
                 "scenario": "%s", "owner": "alice"}""".formatted(customer, tag, scenario))
                .statusCode(201).extract().path("id");
    }

    void firstContact(String lead, boolean needStated, boolean budget) {
        p.post(Stage.LEAD, "/leads/" + lead + "/first-contact", """
                {"via": "PHONE", "summary": "intro call", "needStated": %s %s}"""
                .formatted(needStated, budget ? ", \"budgetRange\": {\"min\": \"40000\", \"max\": \"60000\", \"currency\": \"EUR\"}" : ""))
                .statusCode(200);
    }

    void awaitOn(Stage stage, String path) {
        await().atMost(HANDOVER).untilAsserted(() -> p.get(stage, path).statusCode(200));
    }

    /** Stage 2 from the opened research to the signed confirmation. */
    void confirmNeeds(String id) {
        awaitOn(Stage.NEEDS, "/needs/" + id);
        String base = "/needs/" + id;
        p.post(Stage.NEEDS, base + "/outline", """
                {"backgroundNotes": "annual report read", "questions": [
                 {"theme": "CURRENT_STATE", "text": "How does planning work?", "kind": "OPEN"},
                 {"theme": "GOAL", "text": "What do you want to reach?", "kind": "OPEN"},
                 {"theme": "OBSTACLE", "text": "What blocks you?", "kind": "OPEN"},
                 {"theme": "BUDGET", "text": "Is a budget approved?", "kind": "CLOSED"}]}""").statusCode(200);
        p.post(Stage.NEEDS, base + "/discovery-meeting", """
                {"format": "ONSITE", "durationMinutes": 90, "customerTalkShare": 0.7,
                 "participants": [{"name": "Alice", "role": "SALES_LEAD"}, {"name": "Raj", "role": "TECH_EXPERT"},
                                  {"name": "Li Wei", "role": "CUSTOMER"}],
                 "fiveWhys": [{"pain": "planning takes two days", "whys": ["three systems"], "rootCause": "no shared register"}], "expertNotes": "SAP PM 6.0; nightly CSV export is the only interface"}""")
                .statusCode(200);
        p.post(Stage.NEEDS, base + "/analysis", """
                {"method": "MEETING", "currentState": "spreadsheets",
                 "pains": [{"rank": 1, "description": "planning takes two days", "scenario": "weekly planning"}],
                 "goals": ["plan in two hours"], "budgetRange": {"min": "40000", "currency": "EUR"},
                 "decisionProcess": {"steps": ["board approves"], "keyPeople": [{"name": "Li Wei", "role": "CTO", "influence": "DECIDER"}]}}""")
                .statusCode(200);
        p.post(Stage.NEEDS, base + "/requirements", """
                {"requirements": [{"id": "R1", "text": "asset register", "priority": "MUST", "painRank": 1}]}""")
                .statusCode(200);
        p.post(Stage.NEEDS, base + "/solution-design-handoff", "{\"team\": \"solution design\", \"handedTo\": \"Raj\"}").statusCode(200);
        p.post(Stage.NEEDS, base + "/confirmation-request", "{\"documentRef\": \"DMS-1\"}").statusCode(200);
        p.post(Stage.NEEDS, base + "/confirmation", "{\"signatures\": " + SignatureJson.bothSides() + "}")
                .statusCode(200);
    }

    /** Stages 3-4 from the opened draft to acceptance (one PRICE objection, answered and resolved). */
    void acceptProposal(String id) {
        awaitOn(Stage.PROPOSAL, "/proposals/" + id);
        String base = "/proposals/" + id;
        p.post(Stage.PROPOSAL, base + "/draft", """
                {"painRestatement": "Planning takes two days.", "solution": "Asset register.", "implementationPath": "6 weeks",
                 "valueQuantification": [{"metric": "planning", "baseline": "16", "expected": "2", "unit": "h/week"}],
                 "quote": {"lines": [{"item": "licence", "quantity": "1", "unitPrice": "48000.00"}], "currency": "EUR", "total": "48000.00"},
                 "differentiators": ["7x24"], "coverage": [{"requirementId": "R1", "how": "register module"}],
                 "risks": ["data migration depends on the customer's ERP export"],
                 "customParts": ["interface to the customer's depot scheduling"]}""")
                .statusCode(200);
        p.post(Stage.PROPOSAL, base + "/rehearsals", "{\"notes\": \"one\"}").statusCode(200);
        p.post(Stage.PROPOSAL, base + "/rehearsals", "{\"notes\": \"two\"}").statusCode(200);
        p.post(Stage.PROPOSAL, base + "/presentation", """
                {"comparableCases": ["Nordic Rail: planning from two days to two hours"], "attendees": ["Li Wei"], "questions": [],
                 "objections": [{"type": "PRICE", "description": "above budget", "owner": "alice"}]}""").statusCode(200);
        String objection = p.get(Stage.PROPOSAL, base + "/objections").extract().path("[0].objection.objectionId");
        p.post(Stage.PROPOSAL, base + "/objections/" + objection + "/answer",
                "{\"response\": \"pay in phases\", \"evidence\": []}").statusCode(200);
        p.post(Stage.PROPOSAL, base + "/objections/" + objection + "/outcome",
                "{\"outcome\": \"RESOLVED\", \"customerFeedback\": \"fine\"}").statusCode(200);
        p.post(Stage.PROPOSAL, base + "/acceptance", "{}").statusCode(200);
    }

    void prepareDeal(String id) {
        awaitOn(Stage.DEAL, "/deals/" + id);
        p.post(Stage.DEAL, "/deals/" + id + "/preparation", """
                {"bottomLines": {"minPrice": {"amount": "42000.00", "currency": "EUR"}, "maxPaymentTermDays": 30, "serviceScope": ["licence"]},
                 "counterpart": {"decisionChain": ["CTO", "CFO"], "budgetAuthority": "CFO", "concerns": ["price"]},
                 "concessions": [{"give": "training day", "get": "no price cut"}],
                 "responses": ["if price: weigh two planning days a week against the licence"]}""").statusCode(200);
        p.post(Stage.DEAL, "/deals/" + id + "/rehearsals", "{\"notes\": \"role-played the CFO\"}").statusCode(200);
    }

    void round(String id, int number, String price, String exceptionReason) {
        p.post(Stage.DEAL, "/deals/" + id + "/rounds", """
                {"terms": {"price": {"amount": "%s", "currency": "EUR"}, "paymentTermDays": 30, "paymentMethod": "transfer",
                           "deliveryDate": "2026-06-30", "liability": "capped at contract value", "serviceScope": ["licence"]},
                 "concessionsMade": [] %s}""".formatted(price,
                exceptionReason == null ? "" : ", \"exceptionReason\": \"" + exceptionReason + "\"")).statusCode(200);
    }

    void minutes(String id, int round) {
        p.post(Stage.DEAL, "/deals/" + id + "/rounds/" + round + "/minutes",
                "{\"summary\": \"agreed\", \"signatures\": " + SignatureJson.bothSides() + "}").statusCode(200);
    }

    void signContract(String id) {
        String base = "/deals/" + id;
        p.post(Stage.DEAL, base + "/contract", """
                {"clauses": [{"title": "Service standard", "text": "Incidents answered within 4 hours."},
                             {"title": "Confidentiality", "text": "Data stays confidential for 5 years."},
                             {"title": "Dispute resolution", "text": "Arbitration in Zurich."},
                             {"title": "Liability", "text": "Capped at the contract value."}]}""").statusCode(200);
        p.as(Stage.DEAL, "lara", "legal").body("{\"approved\": true, \"findings\": [], \"overrides\": []}")
                .post(base + "/contract/review").then().statusCode(200);
        p.post(Stage.DEAL, base + "/contract/sending", "{}").statusCode(200);
        p.post(Stage.DEAL, base + "/contract/signature", """
                {"signatures": %s,
                 "maintenance": [{"kind": "MONTHLY_INSPECTION", "everyMonths": 1, "description": "inspection"}]}"""
                .formatted(SignatureJson.bothSides())).statusCode(200);
    }

    /** A HIGH lead from first contact through one negotiation round at {@code price} to a surveyed delivery. */
    void winAndDeliver(String id, String price) {
        firstContact(id, true, true);
        confirmNeeds(id);
        acceptProposal(id);
        prepareDeal(id);
        round(id, 1, price, null);
        minutes(id, 1);
        signContract(id);
        deliverToAfterSales(id);
    }

    /**
     * Stage 6 from the opened delivery to the callback; the satisfaction survey follows real use, so the packaged
     * delivery-service refuses it right after the acceptance.
     */
    void deliverToAfterSales(String id) {
        awaitOn(Stage.DELIVERY, "/deliveries/" + id);
        String base = "/deliveries/" + id;
        p.post(Stage.DELIVERY, base + "/plan", """
                {"milestones": [{"milestoneId": "M1", "name": "rollout", "dueAt": "2026-03-01", "owner": "Raj", "deliverable": "go-live"}]}""")
                .statusCode(200);
        p.post(Stage.DELIVERY, base + "/progress", "{\"summary\": \"on track\", \"issues\": []}").statusCode(200);
        p.post(Stage.DELIVERY, base + "/milestones/M1/completion", "{}").statusCode(200);
        p.post(Stage.DELIVERY, base + "/acceptance", """
                {"reportRef": "ACC-1", "signatures": %s}""".formatted(SignatureJson.bothSides())).statusCode(200);
        p.post(Stage.DELIVERY, base + "/callback", """
                {"notes": "running well", "adjustmentsRequested": []}""").statusCode(200);
        p.post(Stage.DELIVERY, base + "/survey", """
                {"serviceQuality": 5, "solutionEffect": 4, "responseSpeed": 5, "teamwork": 5, "overall": "SATISFIED"}""")
                .statusCode(409).body("rule", equalTo("survey-too-early"));
        p.get(Stage.DELIVERY, base).body("status", equalTo("AFTER_SALES"));
    }
}
