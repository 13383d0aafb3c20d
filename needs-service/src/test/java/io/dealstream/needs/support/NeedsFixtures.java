package io.dealstream.needs.support;

import io.dealstream.events.common.BudgetRange;
import io.dealstream.events.common.Contact;
import io.dealstream.events.common.Scenario;
import io.dealstream.events.lead.Channel;
import io.dealstream.events.lead.Intent;
import io.dealstream.events.lead.LeadCaptured;
import io.dealstream.events.lead.LeadQualified;
import io.dealstream.events.lead.Tier;
import io.dealstream.localstack.LocalStackResource;
import io.dealstream.localstack.StageEventWriter;
import io.dealstream.events.Stage;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Bodies and upstream events the needs tests share. */
public final class NeedsFixtures {

    private static StageEventWriter leadStore;

    private NeedsFixtures() {
    }

    /** lead-service's event store on the test stack: events appended there reach us through Debezium. */
    public static synchronized StageEventWriter leadStore() {
        if (leadStore == null) {
            leadStore = new StageEventWriter(LocalStackResource.stack(), Stage.LEAD);
        }
        return leadStore;
    }

    public static LeadQualified qualified(String customer, Intent intent) {
        return new LeadQualified(intent, "test", Tier.valueOf(intent.name()), Instant.now().plusSeconds(86_400),
                customer, null, new Contact("Li Wei", "CTO", null, "li.wei@example.com"), "slow planning",
                new BudgetRange(new BigDecimal("50000"), null, "EUR"), Scenario.NEW_CUSTOMER, false, "alice");
    }

    /** A lead captured and graded in lead-service's store; returns the opportunity id. */
    public static UUID qualifyInLeadService(String customer, Intent intent) {
        UUID lead = UUID.randomUUID();
        leadStore().append(lead, lead, List.of(new LeadCaptured(lead, null, customer,
                new Contact("Li Wei", "CTO", null, "li.wei@example.com"), Channel.TRADE_SHOW, "fair", "slow planning",
                Scenario.NEW_CUSTOMER, null, null, "alice"), qualified(customer, intent)));
        return lead;
    }

    public static final String OUTLINE = """
            {"backgroundNotes": "annual report read",
             "questions": [
               {"theme": "CURRENT_STATE", "text": "How does planning work today?", "kind": "OPEN"},
               {"theme": "GOAL", "text": "What do you want to reach?", "kind": "OPEN"},
               {"theme": "OBSTACLE", "text": "What is the biggest obstacle now?", "kind": "OPEN"},
               {"theme": "BUDGET", "text": "Is a budget approved?", "kind": "CLOSED"}]}""";

    public static String meeting(double share) {
        return """
                {"format": "VIDEO", "durationMinutes": 75,
                 "participants": [{"name": "Alice", "role": "SALES_LEAD"}, {"name": "Raj", "role": "TECH_EXPERT"},
                                  {"name": "Li Wei", "role": "CUSTOMER"}],
                 "customerTalkShare": %s,
                 "fiveWhys": [{"pain": "planning takes two days", "whys": ["three systems", "no shared register"],
                               "rootCause": "asset data not integrated"}], "expertNotes": "SAP PM 6.0; nightly CSV export is the only interface",
                 "equipmentTested": true}""".formatted(share);
    }

    public static String analysis(String budgetMin) {
        return """
                {"method": "MEETING", "currentState": "planning by spreadsheet",
                 "pains": [{"rank": 2, "description": "unplanned downtime", "scenario": "winter"},
                           {"rank": 1, "description": "planning takes two days", "scenario": "weekly planning"}],
                 "goals": ["plan in two hours"],
                 "budgetRange": {"min": "%s", "currency": "EUR"},
                 "decisionProcess": {"steps": ["COO proposes", "board approves"],
                                     "keyPeople": [{"name": "Li Wei", "role": "CTO", "influence": "DECIDER"}]}}"""
                .formatted(budgetMin);
    }

    public static final String REQUIREMENTS = """
            {"requirements": [{"id": "R1", "text": "integrated asset register", "priority": "MUST", "painRank": 1},
                              {"id": "R2", "text": "failure alerts", "priority": "SHOULD"}]}""";
}
