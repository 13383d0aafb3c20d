package io.dealstream.lead.sla;

import static io.dealstream.lead.support.LeadApi.command;
import static io.dealstream.lead.support.LeadApi.firstContact;
import static io.dealstream.lead.support.LeadApi.get;
import static io.dealstream.lead.support.LeadApi.newLead;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.dealstream.events.Stage;
import io.dealstream.events.needs.DeepTalkArranged;
import io.dealstream.events.needs.DeepTalkOverdue;
import io.dealstream.events.needs.DiscoveryMeetingHeld;
import io.dealstream.eventstore.quarkus.DeadlineScheduler;
import io.dealstream.eventstore.testing.MutableClock;
import io.dealstream.localstack.LocalStackResource;
import io.dealstream.localstack.StageEventWriter;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The stage-1 deadlines with a moved clock: overdue once, closed by a follow-up. */
@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "stage", value = "LEAD"))
class LeadDeadlinesTest {

    @org.junit.jupiter.api.BeforeAll
    static void authenticate() {
        io.dealstream.localstack.TestAuth.allRoles();
    }

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    MutableClock clock;

    @Inject
    DeadlineScheduler scheduler;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private List<String> eventTypes(String lead) {
        return given().get("/leads/" + lead + "/history").then().extract().path("eventType");
    }

    /**
     * One 24 h clock for the deep conversation, needs-service's: lead-service opens none for a HIGH lead (not
     * even a follow-up, NO_ANSWER or otherwise, touches it) and follows needs-service's events, which reach it
     * through Debezium and Kafka from needs-service's own store.
     */
    @Test
    void aHighLeadFollowsNeedsServicesDeepTalkClockAndKeepsNoneOfItsOwn() {
        String lead = newLead();
        command(lead, "first-contact", firstContact(true, true)).statusCode(200);
        get(lead).body("nextFollowUpKind", equalTo("DEEP_TALK_24H")).body("overdue", equalTo(false));
        command(lead, "follow-ups", "{\"notes\": \"called, nobody answered\", \"outcome\": \"NO_ANSWER\"}")
                .statusCode(200);

        clock.advance(Duration.ofHours(25));
        scheduler.fireDue().await().atMost(WAIT);
        assertThat(eventTypes(lead)).doesNotContain("FollowUpOverdue");
        get(lead).body("overdue", equalTo(false)).body("nextFollowUpKind", equalTo("DEEP_TALK_24H"));

        UUID id = UUID.fromString(lead);
        Instant meeting = Instant.parse("2026-05-04T09:00:00Z");
        try (StageEventWriter needs = new StageEventWriter(LocalStackResource.stack(), Stage.NEEDS)) {
            needs.append(id, id, List.of(new DeepTalkOverdue(clock.instant())));
            await().atMost(WAIT).untilAsserted(() -> get(lead).body("overdue", equalTo(true)));
            given().queryParam("overdue", true).queryParam("tier", "HIGH").get("/leads").then()
                    .body("items.id", hasItem(lead));
            // a salesperson's follow-up does not hide what needs-service found overdue
            command(lead, "follow-ups", "{\"notes\": \"left a message\", \"outcome\": \"NO_ANSWER\"}")
                    .statusCode(200);
            get(lead).body("overdue", equalTo(true));

            needs.append(id, id, List.of(new DeepTalkArranged(meeting, DiscoveryMeetingHeld.Format.ONSITE,
                    clock.instant(), false, null)));
            await().atMost(WAIT).untilAsserted(() -> get(lead).body("overdue", equalTo(false))
                    .body("nextFollowUpAt", equalTo(meeting.toString())));
        }
    }

    @Test
    void aFollowUpInTimeMeetsTheDeadlineSoNothingFires() {
        String lead = newLead();
        command(lead, "first-contact", firstContact(true, false)).statusCode(200);
        String next = clock.instant().plus(Duration.ofDays(10)).toString();
        command(lead, "follow-ups", "{\"notes\": \"sent the case study\", \"outcome\": \"REACHED\", \"nextFollowUpAt\": \""
                + next + "\"}").statusCode(200);

        clock.advance(Duration.ofDays(8));
        scheduler.fireDue().await().atMost(WAIT);
        assertThat(eventTypes(lead)).doesNotContain("FollowUpOverdue");

        clock.advance(Duration.ofDays(3));
        scheduler.fireDue().await().atMost(WAIT);
        assertThat(eventTypes(lead)).filteredOn("FollowUpOverdue"::equals).hasSize(1);
        given().get("/leads/" + lead + "/history").then()
                .body("find { it.eventType == 'FollowUpOverdue' }.payload.dueAt",
                        equalTo(Instant.parse(next).truncatedTo(java.time.temporal.ChronoUnit.MICROS).toString()));
    }

    /** The demo's hand on the clock: PUT /dev/clock (admin only) fires what the move passes, DELETE goes back. */
    @Test
    void movingTheClockOverRestFiresThePassedDeadlinesBeforeAnswering() {
        String lead = newLead();
        command(lead, "first-contact", firstContact(true, false)).statusCode(200);
        String later = clock.instant().plus(Duration.ofDays(8)).toString();
        given().header("Authorization", io.dealstream.localstack.TestAuth.bearer("alice", "sales", "manager"))
                .contentType("application/json").body("{\"now\": \"" + later + "\"}").put("/dev/clock")
                .then().statusCode(403);

        given().contentType("application/json").body("{\"now\": \"" + later + "\"}").put("/dev/clock")
                .then().statusCode(200).body("deadlinesFired", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        // fired before the answer: no waiting needed
        assertThat(eventTypes(lead)).filteredOn("FollowUpOverdue"::equals).hasSize(1);
        assertThat(clock.offset()).isGreaterThan(Duration.ofDays(7));
        given().contentType("application/json").body("{\"now\": \"tomorrow\"}").put("/dev/clock").then().statusCode(400);

        given().delete("/dev/clock").then().statusCode(200);
        assertThat(clock.offset().abs()).isLessThan(Duration.ofSeconds(1));
        assertThat(clock.instant()).isBefore(Instant.parse(later));
    }

    @Test
    void aDisqualifiedLeadHasNoDeadlineLeft() {
        String lead = newLead();
        command(lead, "first-contact", firstContact(false, false)).statusCode(200);
        command(lead, "disqualification", "{\"reason\": \"no fit\"}").statusCode(200);

        clock.advance(Duration.ofDays(120));
        scheduler.fireDue().await().atMost(WAIT);

        assertThat(eventTypes(lead)).doesNotContain("FollowUpOverdue");
    }
}
