package io.dealstream.localstack.demo;

import static io.dealstream.localstack.demo.Journey.date;
import static io.dealstream.localstack.demo.Journey.days;
import static io.dealstream.localstack.demo.Journey.end;
import static io.dealstream.localstack.demo.Journey.hours;
import static io.dealstream.localstack.demo.Journey.next;

import io.dealstream.events.Stage;
import io.dealstream.localstack.SignatureJson;
import java.io.IOException;
import java.time.Instant;
import java.util.List;

/**
 * Stage 4: preparation and rehearsal, negotiation rounds a week apart with minutes signed the next day (three for
 * key accounts), some deals lost with a reason and a competitor, the contract drafted, reviewed by legal, sent and
 * signed by both sides; a few contracts wait for the customer's signature.
 */
final class DealLife extends StageLife {

    private final int price;
    private final int rounds;

    DealLife(Journey journey, int price) {
        super(journey, Stage.DEAL, "/deals");
        this.price = price;
        this.rounds = journey.keyAccount ? 3 : 1 + (journey.chance(0.4) ? 1 : 0);
    }

    /** The accepted proposal hands over to deal-service. */
    List<Step> start(Instant now) {
        return arrive(now, days(1), days(3), this::preparation);
    }

    private List<Step> preparation(Instant now) throws IOException, InterruptedException {
        j.post(Stage.DEAL, path + "/preparation", j.owner, """
                {"bottomLines": {"minPrice": {"amount": "%d.00", "currency": "EUR"}, "maxPaymentTermDays": 45, "serviceScope": ["licence"]},
                 "counterpart": {"decisionChain": ["CTO", "CFO"], "budgetAuthority": "CFO", "concerns": ["price"]}, "concessions": [],
                 "responses": ["if price: weigh two planning days a week against the licence"]}""".formatted(price * 85 / 100));
        return next(j.within(now, days(1), days(2), this::rehearsal));
    }

    private List<Step> rehearsal(Instant now) throws IOException, InterruptedException {
        j.post(Stage.DEAL, path + "/rehearsals", j.owner, "{\"notes\": \"role-played the CFO\"}");
        return next(j.within(now, days(1), days(4), n -> round(n, 1)));
    }

    private List<Step> round(Instant now, int round) throws IOException, InterruptedException {
        if (round == 1 && j.chance(0.14)) {
            j.post(Stage.DEAL, path + "/loss", j.owner, """
                    {"stage": "NEGOTIATION", "reason": "%s", "competitor": "%s"}""".formatted(
                    j.pick(List.of("competitor 20 percent cheaper", "payment terms not acceptable", "decision postponed")),
                    j.pick(List.of("Initech", "Globex Software", "Hooli"))));
            return end();
        }
        j.post(Stage.DEAL, path + "/rounds", j.owner, """
                {"terms": {"price": {"amount": "%d.00", "currency": "EUR"}, "paymentTermDays": 30, "paymentMethod": "transfer",
                 "deliveryDate": "%s", "liability": "capped", "serviceScope": ["licence"]}, "concessionsMade": []}"""
                .formatted(price - round * 1_000, date(now.plus(days(90)))));
        return next(j.within(now, hours(18), hours(30), n -> minutes(n, round)));
    }

    private List<Step> minutes(Instant now, int round) throws IOException, InterruptedException {
        j.post(Stage.DEAL, path + "/rounds/" + round + "/minutes", j.owner, "{\"summary\": \"terms of round " + round
                + " agreed\", \"signatures\": " + SignatureJson.bothSides("Li Wei", j.owner.user) + "}");
        return next(round < rounds ? j.within(now, days(5), days(9), n -> round(n, round + 1))
                : j.within(now, days(2), days(4), this::contract));
    }

    private List<Step> contract(Instant now) throws IOException, InterruptedException {
        j.post(Stage.DEAL, path + "/contract", j.owner, """
                {"clauses": [{"title": "Service standard", "text": "Incidents answered within 4 hours."},
                 {"title": "Confidentiality", "text": "Data stays confidential for 5 years."},
                 {"title": "Dispute resolution", "text": "Arbitration in Zurich."}, {"title": "Liability", "text": "Capped at the contract value."}]
                 %s}""".formatted(rounds < 3 ? ", \"fewerRoundsReason\": \"the terms were agreed early\"" : ""));
        return next(j.within(now, days(1), days(3), this::review));
    }

    private List<Step> review(Instant now) throws IOException, InterruptedException {
        j.post(Stage.DEAL, path + "/contract/review", DemoPerson.LARA, "{\"approved\": true, \"findings\": [], \"overrides\": []}");
        return next(j.within(now, hours(3), days(1), this::sending));
    }

    private List<Step> sending(Instant now) throws IOException, InterruptedException {
        // a key account's contract goes out with the manager's approval
        j.post(Stage.DEAL, path + "/contract/sending", j.keyAccount ? DemoPerson.MARIA : j.owner, "{}");
        if (j.chance(0.1)) {
            return end(); // the customer has not signed yet
        }
        return next(j.within(now, days(2), days(7), this::signature));
    }

    private List<Step> signature(Instant now) throws IOException, InterruptedException {
        j.post(Stage.DEAL, path + "/contract/signature", j.owner, """
                {"signatures": %s,
                 "maintenance": [{"kind": "MONTHLY_INSPECTION", "everyMonths": 1, "description": "monthly inspection"}]}"""
                .formatted(SignatureJson.bothSides("Li Wei", j.owner.user)));
        return new DeliveryLife(j).start(now);
    }
}
