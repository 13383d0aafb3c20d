package io.dealstream.deal.support;

import io.dealstream.localstack.SignatureJson;
import io.dealstream.events.Stage;
import io.dealstream.events.common.Priority;
import io.dealstream.events.common.Quote;
import io.dealstream.events.common.QuoteLine;
import io.dealstream.events.common.Requirement;
import io.dealstream.events.common.Scenario;
import io.dealstream.events.proposal.ProposalAccepted;
import io.dealstream.localstack.LocalStackResource;
import io.dealstream.localstack.StageEventWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** Upstream events and request bodies the deal tests share. */
public final class DealFixtures {

    private static StageEventWriter proposalStore;

    private DealFixtures() {
    }

    public static ProposalAccepted accepted(String customer) {
        return new ProposalAccepted(UUID.randomUUID(), 2, new Quote(List.of(new QuoteLine("licence", new BigDecimal("12"),
                new BigDecimal("4000.00"))), "EUR", new BigDecimal("48000.00")), "6 weeks",
                List.of(new Requirement("R1", "asset register", Priority.MUST, 1)), Scenario.KEY_ACCOUNT, customer, null,
                null);
    }

    /** A proposal accepted in proposal-service's store: it reaches us through Debezium and Kafka. */
    public static synchronized UUID acceptInProposalService(String customer) {
        if (proposalStore == null) {
            proposalStore = new StageEventWriter(LocalStackResource.stack(), Stage.PROPOSAL);
        }
        UUID opportunity = UUID.randomUUID();
        proposalStore.append(opportunity, opportunity, List.of(accepted(customer)));
        return opportunity;
    }

    public static final String PREPARATION = """
            {"bottomLines": {"minPrice": {"amount": "42000.00", "currency": "EUR"}, "maxPaymentTermDays": 30,
                             "serviceScope": ["licence", "implementation", "training"]},
             "counterpart": {"decisionChain": ["COO", "CFO"], "budgetAuthority": "CFO", "concerns": ["price"]},
             "concessions": [{"give": "extra training day", "get": "no price cut"}],
             "responses": ["if price: weigh two planning days a week against the licence"]}""";

    public static String round(String price, int days, String exceptionReason) {
        return """
                {"terms": {"price": {"amount": "%s", "currency": "EUR"}, "paymentTermDays": %d,
                           "paymentMethod": "bank transfer", "deliveryDate": "2026-06-30",
                           "liability": "capped at the contract value", "serviceScope": ["licence"]},
                 "concessionsMade": [] %s}""".formatted(price, days,
                exceptionReason == null ? "" : ", \"exceptionReason\": \"" + exceptionReason + "\"");
    }

    public static final String MINUTES = """
            {"summary": "terms agreed", "signatures": %s}""".formatted(SignatureJson.bothSides());

    public static final String CONTRACT = """
            {"clauses": [{"title": "Service standard", "text": "Incidents answered within 4 hours, 7x24."},
                         {"title": "Confidentiality", "text": "All project data stays confidential for 5 years."},
                         {"title": "Dispute resolution", "text": "Arbitration in Zurich under Swiss law."},
                         {"title": "Liability", "text": "Liability is capped at the contract value."},
                         {"title": "Delivery", "text": "Go-live as soon as possible after acceptance."}]}""";

    public static final String SIGNATURE = """
            {"signatures": %s,
             "maintenance": [{"kind": "MONTHLY_INSPECTION", "everyMonths": 1, "description": "system inspection"},
                             {"kind": "QUARTERLY_TRAINING", "everyMonths": 3, "description": "user training"}]}"""
            .formatted(SignatureJson.bothSides());
}
