package io.dealstream.localstack.demo;

import static io.dealstream.localstack.demo.Journey.days;
import static io.dealstream.localstack.demo.Journey.end;
import static io.dealstream.localstack.demo.Journey.hours;
import static io.dealstream.localstack.demo.Journey.next;

import io.dealstream.events.Stage;
import java.io.IOException;
import java.time.Instant;
import java.util.List;

/**
 * Stage 1: a lead arrives from a channel, is contacted a few hours or days later and graded; LOW leads get their
 * quarterly reactivation call (or miss it), MEDIUM leads weekly nurture calls (some late) until a budget appears or
 * they are given up, HIGH leads go to research.
 */
final class LeadLife {

    private static final List<String> CHANNELS = List.of("WEBSITE_FORM", "WEBSITE_FORM", "WHITEPAPER", "SOCIAL_DM",
            "TRADE_SHOW", "ASSOCIATION_EVENT", "REFERRAL");
    private static final List<String> NEEDS = List.of("maintenance planning takes two days a week",
            "spare parts are ordered by phone", "no one sees the fleet's state in one place",
            "audits take weeks of manual work", "inspections are planned on spreadsheets");

    private final Journey j;
    private int nurtureCalls;

    LeadLife(Journey journey) {
        this.j = journey;
    }

    List<Step> capture(Instant now) throws IOException, InterruptedException {
        j.id = Journey.createdId(j.post(Stage.LEAD, "/leads", j.owner, """
                {"customerName": "%s", "industry": "%s", "channel": "%s", "sourceTag": "demo", "scenario": "%s",
                 "needSummary": "%s", "owner": "%s",
                 "contact": {"name": "Contact %d", "email": "contact%d@demo.example"}}""".formatted(j.customer,
                j.pick(List.of("rail", "logistics", "utilities", "manufacturing")), j.pick(CHANNELS),
                j.keyAccount ? "KEY_ACCOUNT" : "NEW_CUSTOMER", j.pick(NEEDS), j.owner.user, j.number, j.number)));
        if (j.chance(0.06)) {
            return end(); // never reached: stays captured
        }
        return next(j.within(now, hours(2), days(3), this::firstContact));
    }

    private List<Step> firstContact(Instant now) throws IOException, InterruptedException {
        double grade = j.random.nextDouble();
        boolean need = grade > 0.22;
        boolean budget = grade > 0.5;
        j.post(Stage.LEAD, "/leads/" + j.id + "/first-contact", j.owner, """
                {"via": "%s", "summary": "first call: %s", "needStated": %s %s}""".formatted(
                j.pick(List.of("PHONE", "PHONE", "EMAIL", "SOCIAL_DM")), need ? "a concrete need" : "just looking", need,
                budget ? budgetJson() : ""));
        if (budget) {
            return new NeedsLife(j).start(now);
        }
        if (!need) {
            return j.chance(0.6) ? next(j.within(now, days(88), days(91), this::quarterlyCall)) : end();
        }
        return next(nurtureCall(now));
    }

    /** The LOW lead's call once a quarter; the next quarter's deadline follows by itself. */
    private List<Step> quarterlyCall(Instant now) throws IOException, InterruptedException {
        j.post(Stage.LEAD, "/leads/" + j.id + "/follow-ups", j.owner, """
                {"notes": "quarterly check-in: no project this year", "outcome": "%s"}"""
                .formatted(j.pick(List.of("NO_ANSWER", "NEEDS_MORE_TIME", "REACHED"))));
        return j.chance(0.6) ? next(j.within(now, days(88), days(91), this::quarterlyCall)) : end();
    }

    /** The next weekly nurture call: mostly within the 7 days, one in five late. */
    private Step nurtureCall(Instant now) {
        return j.chance(0.8) ? j.within(now, days(4), days(6), this::nurture)
                : j.within(now, days(8), days(11), this::nurture);
    }

    private List<Step> nurture(Instant now) throws IOException, InterruptedException {
        nurtureCalls++;
        String path = "/leads/" + j.id;
        if (nurtureCalls > 1 && j.chance(0.35)) {
            j.post(Stage.LEAD, path + "/follow-ups", j.owner, """
                    {"notes": "budget approved for next quarter", "outcome": "MEETING_SCHEDULED", "needStated": true %s}"""
                    .formatted(budgetJson()));
            return new NeedsLife(j).start(now);
        }
        if (nurtureCalls > 3 && j.chance(0.3)) {
            j.post(Stage.LEAD, path + "/disqualification", j.owner, "{\"reason\": \"no budget in sight; bought in-house\"}");
            return end();
        }
        j.post(Stage.LEAD, path + "/follow-ups", j.owner, """
                {"notes": "sent the case study; call again next week", "outcome": "%s", "nextFollowUpAt": "%s"}"""
                .formatted(j.pick(List.of("REACHED", "NO_ANSWER", "NEEDS_MORE_TIME")), now.plus(days(7))));
        return j.chance(0.92) ? next(nurtureCall(now)) : end();
    }

    private String budgetJson() {
        int min = 30 + j.random.nextInt(50);
        return ", \"budgetRange\": {\"min\": \"%d000\", \"max\": \"%d000\", \"currency\": \"EUR\"}".formatted(min, min + 30);
    }
}
