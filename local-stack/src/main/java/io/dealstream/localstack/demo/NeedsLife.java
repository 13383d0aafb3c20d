package io.dealstream.localstack.demo;

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
 * Stage 2: the deep conversation arranged within 24 h (one in five late), the outline, the discovery meeting, the
 * analysis, MoSCoW requirements, the hand-off to solution design and the confirmation signed by both sides; a few
 * stall on the way.
 */
final class NeedsLife extends StageLife {


    NeedsLife(Journey journey) {
        super(journey, Stage.NEEDS, "/needs");
    }

    /** The HIGH grade hands the lead over to needs-service. */
    List<Step> start(Instant now) {
        return j.chance(0.8) ? arrive(now, Journey.NEXT_SITTING_MIN, Journey.NEXT_SITTING_MAX, this::deepTalk)
                : arrive(now, hours(30), hours(72), this::deepTalk);
    }

    private List<Step> deepTalk(Instant now) throws IOException, InterruptedException {
        Instant meeting = now.plus(j.between(days(2), days(6)));
        j.post(Stage.NEEDS, path + "/deep-talk", j.owner, """
                {"scheduledFor": "%s", "format": "%s", "notes": "with the operations manager"}"""
                .formatted(meeting, j.pick(List.of("VIDEO", "ONSITE"))));
        if (j.chance(0.05)) {
            return end(); // the customer went quiet after the call
        }
        return next(j.within(now, hours(2), hours(20), n -> outline(n, meeting)));
    }

    private List<Step> outline(Instant now, Instant meeting) throws IOException, InterruptedException {
        j.post(Stage.NEEDS, path + "/outline", j.owner, """
                {"backgroundNotes": "annual report: maintenance cost up 18 percent", "questions": [
                 {"theme": "CURRENT_STATE", "text": "How is maintenance planned today?", "kind": "OPEN"},
                 {"theme": "GOAL", "text": "Ideally, what do you want to reach?", "kind": "OPEN"},
                 {"theme": "OBSTACLE", "text": "What stops you today?", "kind": "OPEN"},
                 {"theme": "BUDGET", "text": "Is a budget approved?", "kind": "CLOSED"}]}""");
        return next(j.at(meeting.isAfter(now) ? meeting : now, this::discoveryMeeting));
    }

    private List<Step> discoveryMeeting(Instant now) throws IOException, InterruptedException {
        j.post(Stage.NEEDS, path + "/discovery-meeting", j.owner, """
                {"format": "VIDEO", "durationMinutes": %d, "customerTalkShare": %s,
                 "participants": [{"name": "%s", "role": "SALES_LEAD"}, {"name": "Raj", "role": "TECH_EXPERT"},
                                  {"name": "Li Wei", "role": "CUSTOMER"}],
                 "fiveWhys": [{"pain": "slow planning", "whys": ["three systems", "no shared register"], "rootCause": "no register"}],
                 "expertNotes": "SAP PM 6.0; nightly CSV export is the only interface", "equipmentTested": true}"""
                .formatted(45 + j.random.nextInt(60), j.chance(0.2) ? "0.5" : "0.7", j.owner.user));
        return next(j.within(now, days(1), days(3), this::analysis));
    }

    private List<Step> analysis(Instant now) throws IOException, InterruptedException {
        j.post(Stage.NEEDS, path + "/analysis", j.owner, """
                {"method": "MEETING", "currentState": "spreadsheets and phone calls",
                 "pains": [{"rank": 1, "description": "slow planning", "scenario": "weekly depot planning"}],
                 "goals": ["plan a week in an hour"],
                 "decisionProcess": {"steps": ["operations", "board"], "keyPeople": [{"name": "Li Wei", "role": "CTO", "influence": "DECIDER"}]}}""");
        return next(j.within(now, days(1), days(2), this::requirements));
    }

    private List<Step> requirements(Instant now) throws IOException, InterruptedException {
        j.post(Stage.NEEDS, path + "/requirements", j.owner, """
                {"requirements": [{"id": "R1", "text": "one asset register", "priority": "MUST", "painRank": 1},
                 {"id": "R2", "text": "mobile inspection app", "priority": "SHOULD", "painRank": 1}]}""");
        j.post(Stage.NEEDS, path + "/solution-design-handoff", j.owner, "{\"team\": \"solution design\", \"handedTo\": \"Raj\"}");
        if (j.chance(0.08)) {
            return end(); // research stalls: the solution design never comes back
        }
        return next(j.within(now, days(2), days(5), this::confirmationRequest));
    }

    private List<Step> confirmationRequest(Instant now) throws IOException, InterruptedException {
        j.post(Stage.NEEDS, path + "/confirmation-request", j.owner, "{\"documentRef\": \"NEEDS-" + j.number + "\"}");
        return next(j.within(now, days(1), days(4), this::confirmation));
    }

    private List<Step> confirmation(Instant now) throws IOException, InterruptedException {
        j.post(Stage.NEEDS, path + "/confirmation", j.owner,
                "{\"signatures\": " + SignatureJson.bothSides("Li Wei", j.owner.user) + "}");
        return new ProposalLife(j).start(now);
    }
}
