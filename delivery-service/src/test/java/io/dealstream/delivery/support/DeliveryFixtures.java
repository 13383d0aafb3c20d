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
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** Upstream events and request bodies the delivery tests share. */
public final class DeliveryFixtures {

    private static StageEventWriter dealStore;

    private DeliveryFixtures() {
    }

    /** Today on the tests' clock: every date here is relative to it, never a fixed calendar day. */
    private static LocalDate today() {
        return LocalDate.ofInstant(TestClockProducer.CLOCK.instant(), ZoneOffset.UTC);
    }

    /** The delivery date of a contract signed today: two months ahead. */
    public static LocalDate deliveryDate() {
        return today().plusMonths(2);
    }

    /** Signed yesterday (on the tests' clock), delivery due in two months. */
    public static ContractSigned signed(String customer, UUID accountId) {
        Terms terms = new Terms(new Money(new BigDecimal("45000"), "EUR"), 30, "bank transfer",
                deliveryDate(), "capped", null);
        return new ContractSigned(UUID.randomUUID(), SigningMethod.ELECTRONIC,
                TestClockProducer.CLOCK.instant().minus(Duration.ofDays(1)),
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

    /** Two milestones, due in one week and in a month from today (the tests' clock). */
    public static String plan() {
        return """
                {"milestones": [
                  {"milestoneId": "M1", "name": "requirements survey", "dueAt": "%s", "owner": "Raj", "deliverable": "survey report"},
                  {"milestoneId": "M2", "name": "implementation", "dueAt": "%s", "owner": "Raj", "deliverable": "go-live"}]}"""
                .formatted(today().plusWeeks(1), today().plusMonths(1));
    }

    /** Signed by both sides now (the server's time). */
    public static final String ACCEPTANCE = """
            {"reportRef": "ACC-1", "signatures": %s}""".formatted(SignatureJson.bothSides());

    public static final String SURVEY = """
            {"serviceQuality": 5, "solutionEffect": 4, "responseSpeed": 5, "teamwork": 4, "overall": "SATISFIED",
             "suggestions": "more training material"}""";
}
