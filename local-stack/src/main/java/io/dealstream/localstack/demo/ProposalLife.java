package io.dealstream.localstack.demo;

import static io.dealstream.localstack.demo.Journey.days;
import static io.dealstream.localstack.demo.Journey.end;
import static io.dealstream.localstack.demo.Journey.hours;
import static io.dealstream.localstack.demo.Journey.next;

import io.dealstream.events.Stage;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stage 3: the proposal drafted, rehearsed twice and presented; the customer's objections answered within 24 h, or
 * late (one in five, and more over weekends); outcomes recorded; then accepted, or rejected with a reason.
 */
final class ProposalLife extends StageLife {

    private static final Pattern OBJECTION = Pattern.compile("\"objectionId\":\"([0-9a-f-]{36})\"");
    private static final List<String> OBJECTIONS = List.of("PRICE", "PRICE", "FUNCTION", "TRUST", "DECISION");

    private int price;

    ProposalLife(Journey journey) {
        super(journey, Stage.PROPOSAL, "/proposals");
    }

    /** The signed needs confirmation hands over to proposal-service. */
    List<Step> start(Instant now) {
        return arrive(now, days(1), days(4), this::draft);
    }

    private List<Step> draft(Instant now) throws IOException, InterruptedException {
        price = (j.keyAccount ? 120_000 : 40_000) + j.random.nextInt(40) * 1_000;
        j.post(Stage.PROPOSAL, path + "/draft", j.owner, """
                {"painRestatement": "maintenance planning takes two days a week", "solution": "one asset register with mobile inspections",
                 "implementationPath": "pilot depot in 6 weeks, then rollout",
                 "valueQuantification": [{"metric": "planning time", "baseline": "16", "expected": "2", "unit": "h/week"}],
                 "quote": {"lines": [{"item": "licence", "quantity": "1", "unitPrice": "%d.00"}], "currency": "EUR", "total": "%d.00"},
                 "differentiators": ["7x24 support"], "coverage": [{"requirementId": "R1", "how": "register module"}],
                 "risks": ["data migration depends on the customer's ERP export"],
                 "customParts": ["interface to the customer's depot scheduling"]}""".formatted(price, price));
        return next(j.within(now, days(1), days(2), n -> rehearsal(n, 1)));
    }

    private List<Step> rehearsal(Instant now, int number) throws IOException, InterruptedException {
        j.post(Stage.PROPOSAL, path + "/rehearsals", j.owner, "{\"notes\": \"rehearsal " + number + " with the team\"}");
        return next(number == 1 ? j.within(now, hours(20), days(2), n -> rehearsal(n, 2))
                : j.within(now, days(1), days(3), this::presentation));
    }

    private List<Step> presentation(Instant now) throws IOException, InterruptedException {
        int count = 1 + j.random.nextInt(2);
        StringBuilder objections = new StringBuilder();
        for (int i = 0; i < count; i++) {
            objections.append(i == 0 ? "" : ", ").append("""
                    {"type": "%s", "description": "%s", "owner": "%s"}""".formatted(j.pick(OBJECTIONS),
                    j.pick(List.of("too expensive for one depot", "does it work offline?", "who else runs it?",
                            "the board decides in spring")), j.owner.user));
        }
        j.post(Stage.PROPOSAL, path + "/presentation", j.owner, """
                {"comparableCases": ["Nordic Rail: planning from two days to two hours"], "attendees": ["Li Wei"],
                 "questions": [], "objections": [%s]}""".formatted(objections));
        // answered within the SOP's 24 h, or late: the deadline fires as the clock passes it
        return next(j.chance(0.8) ? j.within(now, Journey.NEXT_SITTING_MIN, Journey.NEXT_SITTING_MAX, this::answers)
                : j.within(now, hours(30), hours(72), this::answers));
    }

    private List<Step> answers(Instant now) throws IOException, InterruptedException {
        for (String objection : objectionIds()) {
            j.post(Stage.PROPOSAL, path + "/objections/" + objection + "/answer", j.owner, """
                    {"response": "a pilot depot first, priced separately", "evidence": []}""");
        }
        return next(j.within(now, days(1), days(4), this::outcomes));
    }

    private List<Step> outcomes(Instant now) throws IOException, InterruptedException {
        for (String objection : objectionIds()) {
            j.post(Stage.PROPOSAL, path + "/objections/" + objection + "/outcome", j.owner,
                    "{\"outcome\": \"RESOLVED\", \"customerFeedback\": \"convinced by the pilot\"}");
        }
        if (j.chance(0.13)) {
            j.post(Stage.PROPOSAL, path + "/rejection", j.owner, "{\"reason\": \"%s\"}".formatted(
                    j.pick(List.of("budget frozen", "chose a competitor", "project postponed a year"))));
            return end();
        }
        // a key account's acceptance is recorded with the manager's approval
        j.post(Stage.PROPOSAL, path + "/acceptance", j.keyAccount ? DemoPerson.MARIA : j.owner, "{}");
        return new DealLife(j, price).start(now);
    }

    private List<String> objectionIds() throws IOException, InterruptedException {
        List<String> ids = new ArrayList<>();
        Matcher m = OBJECTION.matcher(j.get(Stage.PROPOSAL, path + "/objections"));
        while (m.find()) {
            if (!ids.contains(m.group(1))) {
                ids.add(m.group(1));
            }
        }
        return ids;
    }
}
