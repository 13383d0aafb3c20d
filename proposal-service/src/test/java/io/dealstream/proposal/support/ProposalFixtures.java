package io.dealstream.proposal.support;

import io.dealstream.events.Stage;
import io.dealstream.events.common.DecisionProcess;
import io.dealstream.events.common.KeyPerson;
import io.dealstream.events.common.Pain;
import io.dealstream.events.common.Priority;
import io.dealstream.events.common.Requirement;
import io.dealstream.events.common.Scenario;
import io.dealstream.events.needs.NeedsConfirmed;
import io.dealstream.localstack.LocalStackResource;
import io.dealstream.localstack.StageEventWriter;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Upstream events and request bodies the proposal tests share. */
public final class ProposalFixtures {

    private static StageEventWriter needsStore;

    private ProposalFixtures() {
    }

    public static NeedsConfirmed confirmed(String customer) {
        return new NeedsConfirmed("Li Wei", Instant.parse("2026-03-05T10:00:00Z"), "DMS-7",
                List.of(new Requirement("R1", "integrated asset register", Priority.MUST, 1),
                        new Requirement("R2", "failure alerts", Priority.SHOULD, null)),
                List.of(new Pain(1, "planning takes two days", "weekly planning")), List.of("plan in two hours"), null,
                new DecisionProcess(List.of("board approves"), List.of(new KeyPerson("Li Wei", "CTO", KeyPerson.Influence.DECIDER))),
                Scenario.KEY_ACCOUNT, customer, null);
    }

    /** Needs confirmed in needs-service's store: the event reaches us through Debezium and Kafka. */
    public static synchronized UUID confirmInNeedsService(String customer) {
        if (needsStore == null) {
            needsStore = new StageEventWriter(LocalStackResource.stack(), Stage.NEEDS);
        }
        UUID opportunity = UUID.randomUUID();
        needsStore.append(opportunity, opportunity, List.of(confirmed(customer)));
        return opportunity;
    }

    /** A repeat customer's needs confirmed in needs-service for {@code account}. */
    public static synchronized UUID confirmRepeatPurchaseInNeedsService(String customer, UUID account) {
        if (needsStore == null) {
            needsStore = new StageEventWriter(LocalStackResource.stack(), Stage.NEEDS);
        }
        UUID opportunity = UUID.randomUUID();
        NeedsConfirmed base = confirmed(customer);
        needsStore.append(opportunity, opportunity, List.of(new NeedsConfirmed(base.signedBy(), base.signedAt(),
                base.documentRef(), base.requirements(), base.pains(), base.goals(), null, base.decisionProcess(),
                Scenario.REPEAT_PURCHASE, customer, account)));
        return opportunity;
    }

    public static String draft(String total) {
        return """
                {"painRestatement": "Planning takes two days a week.",
                 "solution": "Integrated asset register with predictive planning.",
                 "implementationPath": "6 weeks: migrate, roll out per depot, accept.",
                 "valueQuantification": [{"metric": "planning effort", "baseline": "16", "expected": "2", "unit": "hours/week"}],
                 "quote": {"lines": [{"item": "licence", "quantity": "12", "unitPrice": "2500.00"},
                                     {"item": "implementation", "quantity": "1", "unitPrice": "18000.00"}],
                           "currency": "EUR", "total": "%s"},
                 "differentiators": ["7x24 response"],
                 "coverage": [{"requirementId": "R1", "how": "asset register module"}],
                 "risks": ["data migration depends on the customer's ERP export"],
                 "customParts": ["interface to the customer's depot scheduling"],
                 "attachments": [{"kind": "CASE_SCREENSHOT", "title": "Nordic Rail planning board", "documentRef": "DMS-CASE-9"}]}""".formatted(total);
    }

    public static final String PRESENTATION = """
            {"comparableCases": ["Nordic Rail: planning from two days to two hours"], "attendees": ["Li Wei"], "questions": ["April start?"],
             "objections": [{"type": "PRICE", "description": "quote above budget", "owner": "alice"}]}""";
}
