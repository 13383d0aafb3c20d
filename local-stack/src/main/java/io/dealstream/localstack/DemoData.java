package io.dealstream.localstack;

import io.dealstream.events.Stage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads a living pipeline through the PUBLIC APIs only: a few hundred opportunities across all channels
 * and scenarios, each carried to a random depth (graded, researched, proposed, negotiated, delivered,
 * lost), every hand-over happening through Kafka as in production. Used by {@code ./run-local.sh --demo}.
 */
public final class DemoData {

    private static final List<String> COMPANIES = List.of("Acme Rail", "Globex", "Initech", "Umbrella Freight",
            "Stark Logistics", "Wayne Foods", "Tyrell Energy", "Cyberdyne Parts", "Soylent Retail", "Hooli Cloud",
            "Vandelay Imports", "Wonka Confections", "Oceanic Air", "Aperture Labs", "Black Mesa Mining");
    private static final List<String> CHANNELS = List.of("WEBSITE_FORM", "WHITEPAPER", "SOCIAL_DM", "TRADE_SHOW",
            "ASSOCIATION_EVENT");
    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    private static final Pattern OBJECTION = Pattern.compile("\"objectionId\":\"([0-9a-f-]{36})\"");

    private final Map<Stage, String> urls;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String sales = "Bearer " + DevTokens.token("demo-sales", "sales", "manager");
    private final String legal = "Bearer " + DevTokens.token("demo-legal", "legal");
    private final String delivery = "Bearer " + DevTokens.token("demo-delivery", "delivery");

    public DemoData(Map<Stage, String> urls) {
        this.urls = urls;
    }

    /** Creates {@code count} opportunities; returns how many reached each depth. */
    public Map<String, Integer> load(int count) throws InterruptedException {
        AtomicInteger[] depths = new AtomicInteger[7];
        for (int i = 0; i < depths.length; i++) {
            depths[i] = new AtomicInteger();
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        for (int i = 0; i < count; i++) {
            int n = i;
            pool.execute(() -> {
                try {
                    depths[journey(new Random(n), n)].incrementAndGet();
                } catch (Exception e) {
                    System.err.println("demo opportunity " + n + " stopped: " + e.getMessage());
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.MINUTES);
        return Map.of("captured", depths[0].get(), "graded", depths[1].get(), "needs confirmed", depths[2].get(),
                "proposal accepted", depths[3].get(), "contract signed", depths[4].get(), "delivered (survey due after real use)",
                depths[5].get(), "lost", depths[6].get());
    }

    /** Returns the depth reached: 0 captured .. 5 delivered, 6 lost. */
    private int journey(Random r, int n) throws IOException, InterruptedException {
        String customer = COMPANIES.get(r.nextInt(COMPANIES.size())) + " " + (100 + n);
        String scenario = r.nextInt(10) == 0 ? "KEY_ACCOUNT" : "NEW_CUSTOMER";
        String id = match(ID, post(Stage.LEAD, "/leads", sales, """
                {"customerName": "%s", "industry": "logistics", "channel": "%s", "sourceTag": "demo", "scenario": "%s",
                 "needSummary": "planning takes too long", "owner": "%s",
                 "contact": {"name": "Contact %d", "email": "contact%d@demo.example"}}""".formatted(customer,
                CHANNELS.get(r.nextInt(CHANNELS.size())), scenario, r.nextBoolean() ? "alice" : "bob", n, n)));
        if (r.nextInt(5) == 0) {
            return 0;
        }
        int grade = r.nextInt(10);
        boolean need = grade > 1;
        boolean budget = grade > 4;
        post(Stage.LEAD, "/leads/" + id + "/first-contact", sales, """
                {"via": "PHONE", "summary": "intro", "needStated": %s %s}"""
                .formatted(need, budget ? ", \"budgetRange\": {\"min\": \"40000\", \"currency\": \"EUR\"}" : ""));
        if (!budget || r.nextInt(4) == 0) {
            return 1;
        }
        String needs = "/needs/" + id;
        await(Stage.NEEDS, needs);
        post(Stage.NEEDS, needs + "/outline", sales, """
                {"backgroundNotes": "annual report", "questions": [
                 {"theme": "CURRENT_STATE", "text": "today?", "kind": "OPEN"}, {"theme": "GOAL", "text": "goal?", "kind": "OPEN"},
                 {"theme": "OBSTACLE", "text": "obstacle?", "kind": "OPEN"}, {"theme": "BUDGET", "text": "budget?", "kind": "CLOSED"}]}""");
        post(Stage.NEEDS, needs + "/discovery-meeting", sales, """
                {"format": "VIDEO", "durationMinutes": 60, "customerTalkShare": %s,
                 "participants": [{"name": "A", "role": "SALES_LEAD"}, {"name": "R", "role": "TECH_EXPERT"}, {"name": "C", "role": "CUSTOMER"}],
                 "fiveWhys": [{"pain": "slow planning", "whys": ["three systems"], "rootCause": "no register"}], "expertNotes": "SAP PM 6.0; nightly CSV export is the only interface",
                 "equipmentTested": true}"""
                .formatted(r.nextInt(4) == 0 ? "0.5" : "0.7"));
        post(Stage.NEEDS, needs + "/analysis", sales, """
                {"method": "MEETING", "currentState": "spreadsheets",
                 "pains": [{"rank": 1, "description": "slow planning", "scenario": "weekly"}], "goals": ["plan fast"],
                 "decisionProcess": {"steps": ["board"], "keyPeople": [{"name": "C", "role": "CTO", "influence": "DECIDER"}]}}""");
        post(Stage.NEEDS, needs + "/requirements", sales,
                "{\"requirements\": [{\"id\": \"R1\", \"text\": \"register\", \"priority\": \"MUST\", \"painRank\": 1}]}");
        post(Stage.NEEDS, needs + "/solution-design-handoff", sales, "{\"team\": \"solution design\", \"handedTo\": \"Raj\"}");
        post(Stage.NEEDS, needs + "/confirmation-request", sales, "{\"documentRef\": \"DMS\"}");
        post(Stage.NEEDS, needs + "/confirmation", sales, "{\"signatures\": " + SignatureJson.bothSides("C", "A") + "}");
        if (r.nextInt(4) == 0) {
            return 2;
        }
        String proposal = "/proposals/" + id;
        await(Stage.PROPOSAL, proposal);
        int price = 40_000 + r.nextInt(40) * 1_000;
        post(Stage.PROPOSAL, proposal + "/draft", sales, """
                {"painRestatement": "slow planning", "solution": "register", "implementationPath": "6 weeks",
                 "valueQuantification": [{"metric": "planning", "baseline": "16", "expected": "2", "unit": "h/week"}],
                 "quote": {"lines": [{"item": "licence", "quantity": "1", "unitPrice": "%d.00"}], "currency": "EUR", "total": "%d.00"},
                 "differentiators": ["7x24"], "coverage": [{"requirementId": "R1", "how": "module"}],
                 "risks": ["data migration depends on the customer's ERP export"],
                 "customParts": ["interface to the customer's depot scheduling"]}""".formatted(price, price));
        post(Stage.PROPOSAL, proposal + "/rehearsals", sales, "{\"notes\": \"1\"}");
        post(Stage.PROPOSAL, proposal + "/rehearsals", sales, "{\"notes\": \"2\"}");
        post(Stage.PROPOSAL, proposal + "/presentation", sales, """
                {"comparableCases": ["Nordic Rail: planning from two days to two hours"], "attendees": ["C"], "questions": [],
                 "objections": [{"type": "%s", "description": "concern", "owner": "alice"}]}"""
                .formatted(List.of("PRICE", "FUNCTION", "TRUST", "DECISION").get(r.nextInt(4))));
        if (r.nextInt(6) == 0) {
            post(Stage.PROPOSAL, proposal + "/rejection", sales, "{\"reason\": \"budget frozen\"}");
            return 6;
        }
        String objection = match(OBJECTION, get(Stage.PROPOSAL, proposal + "/objections"));
        post(Stage.PROPOSAL, proposal + "/objections/" + objection + "/answer", sales, "{\"response\": \"answer\", \"evidence\": []}");
        post(Stage.PROPOSAL, proposal + "/objections/" + objection + "/outcome", sales,
                "{\"outcome\": \"RESOLVED\", \"customerFeedback\": \"ok\"}");
        post(Stage.PROPOSAL, proposal + "/acceptance", sales, "{}");
        if (r.nextInt(5) == 0) {
            return 3;
        }
        String deal = "/deals/" + id;
        await(Stage.DEAL, deal);
        post(Stage.DEAL, deal + "/preparation", sales, """
                {"bottomLines": {"minPrice": {"amount": "35000.00", "currency": "EUR"}, "maxPaymentTermDays": 45, "serviceScope": ["licence"]},
                 "counterpart": {"decisionChain": ["CTO"], "budgetAuthority": "CFO", "concerns": ["price"]}, "concessions": [],
                 "responses": ["if price: weigh two planning days a week against the licence"]}""");
        post(Stage.DEAL, deal + "/rehearsals", sales, "{\"notes\": \"role-played the CFO\"}");
        if (r.nextInt(5) == 0) {
            post(Stage.DEAL, deal + "/loss", sales, "{\"stage\": \"NEGOTIATION\", \"reason\": \"competitor cheaper\"}");
            return 6;
        }
        post(Stage.DEAL, deal + "/rounds", sales, """
                {"terms": {"price": {"amount": "%d.00", "currency": "EUR"}, "paymentTermDays": 30, "paymentMethod": "transfer",
                 "deliveryDate": "2026-06-30", "liability": "capped", "serviceScope": ["licence"]}, "concessionsMade": []}"""
                .formatted(price - 2_000));
        post(Stage.DEAL, deal + "/rounds/1/minutes", sales, "{\"summary\": \"agreed\", \"signatures\": " + SignatureJson.bothSides("C", "A") + "}");
        post(Stage.DEAL, deal + "/contract", sales, """
                {"clauses": [{"title": "Service standard", "text": "Incidents answered within 4 hours."},
                 {"title": "Confidentiality", "text": "Data stays confidential for 5 years."},
                 {"title": "Dispute resolution", "text": "Arbitration in Zurich."}, {"title": "Liability", "text": "Capped at the contract value."}],
                 "fewerRoundsReason": "demo: the terms were agreed in one round"}""");
        post(Stage.DEAL, deal + "/contract/review", legal, "{\"approved\": true, \"findings\": [], \"overrides\": []}");
        post(Stage.DEAL, deal + "/contract/sending", sales, "{}");
        post(Stage.DEAL, deal + "/contract/signature", sales, """
                {"signatures": %s,
                 "maintenance": [{"kind": "MONTHLY_INSPECTION", "everyMonths": 1, "description": "inspection"}]}"""
                .formatted(SignatureJson.bothSides("C", "A")));
        if (r.nextInt(3) == 0) {
            return 4;
        }
        String d = "/deliveries/" + id;
        await(Stage.DELIVERY, d);
        post(Stage.DELIVERY, d + "/plan", delivery, """
                {"milestones": [{"milestoneId": "M1", "name": "rollout", "dueAt": "2026-03-01", "owner": "Raj", "deliverable": "go-live"}]}""");
        post(Stage.DELIVERY, d + "/milestones/M1/completion", delivery, "{}");
        post(Stage.DELIVERY, d + "/acceptance", delivery, "{\"reportRef\": \"ACC\", \"signatures\": " + SignatureJson.bothSides("C", "A") + "}");
        post(Stage.DELIVERY, d + "/callback", delivery, "{\"notes\": \"fine\", \"adjustmentsRequested\": []}");
        // the satisfaction survey follows three weeks of real use: the demo leaves it due
        if (r.nextBoolean()) {
            post(Stage.DELIVERY, d + "/upsells", delivery, "{\"product\": \"analytics add-on\", \"rationale\": \"weekly reports\"}");
        }
        return 5;
    }

    private String post(Stage stage, String path, String token, String body) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(urls.get(stage) + path))
                .header("Authorization", token).header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.nameUUIDFromBytes((stage + path + body).getBytes()).toString())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IOException("POST " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private String get(Stage stage, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(urls.get(stage) + path)).header("Authorization", sales).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    /** Waits for a hand-over through Kafka: the resource appears in the next service. */
    private void await(Stage stage, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(urls.get(stage) + path)).header("Authorization", sales).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
            if (System.nanoTime() > deadline) {
                throw new IOException(path + " did not appear in " + stage.serviceName());
            }
            Thread.sleep(25);
        }
    }

    private static String match(Pattern p, String body) throws IOException {
        Matcher m = p.matcher(body);
        if (!m.find()) {
            throw new IOException("no id in " + body);
        }
        return m.group(1);
    }
}
