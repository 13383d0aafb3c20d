package io.dealstream.delivery.support;

import io.dealstream.localstack.SignatureJson;
import io.dealstream.events.Stage;
import io.dealstream.events.common.MaintenanceCommitment;
import io.dealstream.events.common.MaintenanceKind;
import io.dealstream.events.common.Money;
import io.dealstream.events.common.Scenario;
import io.dealstream.events.common.Terms;
import io.dealstream.events.deal.ContractSigned;
import io.dealstream.events.deal.SigningMethod;
import io.dealstream.localstack.LocalStackResource;
import io.dealstream.localstack.StageEventWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Upstream events and request bodies the delivery tests share. */
public final class DeliveryFixtures {

    private static StageEventWriter dealStore;

    private DeliveryFixtures() {
    }

    public static ContractSigned signed(String customer, UUID accountId) {
        Terms terms = new Terms(new Money(new BigDecimal("45000"), "EUR"), 30, "bank transfer",
                LocalDate.parse("2026-06-30"), "capped", null);
        return new ContractSigned(UUID.randomUUID(), SigningMethod.ELECTRONIC, Instant.parse("2026-04-01T12:00:00Z"),
                List.of("Li Wei", "Alice"), terms.price(), terms, terms.deliveryDate(),
                List.of(new MaintenanceCommitment(MaintenanceKind.MONTHLY_INSPECTION, 1, "inspection")),
                Scenario.NEW_CUSTOMER, customer, accountId);
    }

    /** A contract signed in deal-service's store: it reaches us through Debezium and Kafka. */
    public static synchronized UUID signInDealService(String customer, UUID accountId) {
        if (dealStore == null) {
            dealStore = new StageEventWriter(LocalStackResource.stack(), Stage.DEAL);
        }
        UUID opportunity = UUID.randomUUID();
        dealStore.append(opportunity, opportunity, List.of(signed(customer, accountId)));
        return opportunity;
    }

    public static final String PLAN = """
            {"milestones": [
              {"milestoneId": "M1", "name": "requirements survey", "dueAt": "2026-04-08", "owner": "Raj", "deliverable": "survey report"},
              {"milestoneId": "M2", "name": "implementation", "dueAt": "2026-04-30", "owner": "Raj", "deliverable": "go-live"}]}""";

    /** Signed by both sides now (the server's time). */
    public static final String ACCEPTANCE = """
            {"reportRef": "ACC-1", "signatures": %s}""".formatted(SignatureJson.bothSides());

    public static final String SURVEY = """
            {"serviceQuality": 5, "solutionEffect": 4, "responseSpeed": 5, "teamwork": 4, "overall": "SATISFIED",
             "suggestions": "more training material"}""";
}
