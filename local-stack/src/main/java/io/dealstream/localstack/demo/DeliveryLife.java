package io.dealstream.localstack.demo;

import static io.dealstream.localstack.demo.Journey.date;
import static io.dealstream.localstack.demo.Journey.days;
import static io.dealstream.localstack.demo.Journey.end;
import static io.dealstream.localstack.demo.Journey.hours;
import static io.dealstream.localstack.demo.Journey.next;

import io.dealstream.events.Stage;
import io.dealstream.localstack.SignatureJson;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Stages 5 and 6: the plan with two milestones, weekly progress reports (one in seven missed), the milestones done,
 * the acceptance signed by both sides, the callback within 3 days (or late), the survey a month after acceptance (or
 * missed), monthly inspections (some missed), upsells and referrals that feed new leads.
 */
final class DeliveryLife extends StageLife {

    private Instant planned;
    private Instant pilotDue;
    private Instant rolloutDue;

    DeliveryLife(Journey journey) {
        super(journey, Stage.DELIVERY, "/deliveries");
    }

    /** The signed contract hands over to delivery-service. */
    List<Step> start(Instant now) {
        return arrive(now, days(1), days(3), this::plan);
    }

    private List<Step> plan(Instant now) throws IOException, InterruptedException {
        planned = now;
        pilotDue = now.plus(j.between(days(14), days(24)));
        rolloutDue = pilotDue.plus(j.between(days(14), days(28)));
        j.post(Stage.DELIVERY, path + "/plan", DemoPerson.DAN, """
                {"milestones": [{"milestoneId": "M1", "name": "pilot depot live", "dueAt": "%s", "owner": "Raj", "deliverable": "pilot go-live"},
                 {"milestoneId": "M2", "name": "rollout", "dueAt": "%s", "owner": "Raj", "deliverable": "all depots live"}]}"""
                .formatted(date(pilotDue), date(rolloutDue)));
        return next(week(1));
    }

    /** Week {@code week}'s report, due at the plan week's end: written the working day before, or missed. */
    private Step week(int week) {
        Instant at = planned.plus(days(7L * week)).minus(j.between(hours(20), hours(30)));
        DayOfWeek day = at.atOffset(ZoneOffset.UTC).getDayOfWeek();
        at = day == DayOfWeek.SATURDAY ? at.minus(days(1)) : day == DayOfWeek.SUNDAY ? at.minus(days(2)) : at;
        return j.at(at, now -> report(now, week));
    }

    private List<Step> report(Instant now, int week) throws IOException, InterruptedException {
        if (j.chance(0.86)) {
            j.post(Stage.DELIVERY, path + "/progress", DemoPerson.DAN, """
                    {"summary": "week %d: %s", "issues": %s}""".formatted(week,
                    j.pick(List.of("data migration running", "training done at two depots", "interfaces tested")),
                    j.chance(0.3) ? "[{\"description\": \"VPN access late\", \"resolution\": \"IT granted it\"}]" : "[]"));
        }
        List<Step> next = new ArrayList<>();
        if (!now.isBefore(rolloutDue)) {
            j.post(Stage.DELIVERY, path + "/milestones/M1/completion", DemoPerson.DAN, "{}");
            j.post(Stage.DELIVERY, path + "/milestones/M2/completion", DemoPerson.DAN, "{}");
            next.add(j.within(now, days(1), days(4), this::acceptance));
        } else {
            next.add(week(week + 1));
        }
        return next;
    }

    private List<Step> acceptance(Instant now) throws IOException, InterruptedException {
        j.post(Stage.DELIVERY, path + "/acceptance", DemoPerson.DAN, "{\"reportRef\": \"ACC-" + j.number
                + "\", \"signatures\": " + SignatureJson.bothSides("Li Wei", "Dan") + "}");
        List<Step> after = new ArrayList<>();
        after.add(j.chance(0.8) ? j.within(now, hours(20), days(2), this::callback)
                : j.within(now, days(4), days(7), this::callback));
        if (j.chance(0.75)) {
            after.add(j.within(now, days(22), days(29), this::survey));
        }
        after.add(j.within(now, days(27), days(29), n -> inspection(n, 1)));
        return after;
    }

    private List<Step> callback(Instant now) throws IOException, InterruptedException {
        j.post(Stage.DELIVERY, path + "/callback", DemoPerson.DAN, """
                {"notes": "running well at every depot", "adjustmentsRequested": %s}"""
                .formatted(j.chance(0.3) ? "[\"CSV export of inspections\"]" : "[]"));
        if (j.chance(0.3)) {
            j.post(Stage.DELIVERY, path + "/upsells", DemoPerson.DAN,
                    "{\"product\": \"predictive maintenance module\", \"rationale\": \"uses the register daily\"}");
        }
        return end();
    }

    private List<Step> survey(Instant now) throws IOException, InterruptedException {
        int mood = j.random.nextInt(10);
        j.post(Stage.DELIVERY, path + "/survey", DemoPerson.DAN, """
                {"serviceQuality": %d, "solutionEffect": %d, "responseSpeed": %d, "teamwork": %d, "overall": "%s",
                 "suggestions": "more training material"}""".formatted(score(mood), score(mood), score(mood), score(mood),
                mood > 2 ? "SATISFIED" : mood > 0 ? "NEUTRAL" : "DISSATISFIED"));
        if (mood > 2 && j.chance(0.35)) {
            j.post(Stage.DELIVERY, path + "/referrals", DemoPerson.DAN, """
                    {"referredCompany": "%s Partner %d", "contact": {"name": "Eva Berg", "email": "eva.berg%d@demo.example"},
                     "incentive": "one month of free support"}""".formatted(j.customer, j.number, j.number));
        }
        return end();
    }

    /** The contract's monthly inspection, from acceptance on: mostly on time, some missed. */
    private List<Step> inspection(Instant now, int month) throws IOException, InterruptedException {
        if (j.chance(0.8)) {
            j.post(Stage.DELIVERY, path + "/maintenance", DemoPerson.DAN,
                    "{\"kind\": \"MONTHLY_INSPECTION\", \"notes\": \"inspection " + month + ": all green\"}");
        }
        return next(j.within(now, days(28), days(30), n -> inspection(n, month + 1)));
    }

    private int score(int mood) {
        return Math.max(1, Math.min(5, (mood > 2 ? 4 : mood > 0 ? 3 : 2) + j.random.nextInt(2)));
    }
}
