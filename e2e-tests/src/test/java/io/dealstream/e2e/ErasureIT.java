package io.dealstream.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.dealstream.events.Stage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * GDPR erasure across the platform: a customer runs the whole journey, then is erased. Afterwards no
 * service database (projections, event store, inbox) holds the person's data in the clear, every service
 * still serves the opportunity, and the pipeline still replays it.
 */
class ErasureIT {

    private static final List<String> DATABASES = List.of("lead", "needs", "proposal", "deal", "delivery", "pipeline");
    private static Platform platform;
    private static Steps steps;

    @BeforeAll
    static void startPlatform() {
        platform = Platform.get();
        steps = new Steps(platform);
    }

    @Test
    void anErasedCustomersPersonalDataIsGoneFromEveryServiceAndThePipelineStillReplays() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String person = "Eva Erasmus " + tag;
        String email = "eva." + tag + "@erasmus-rail.example";
        String customer = "Erasmus Rail " + tag;
        String account = platform.post(Stage.LEAD, "/accounts", """
                {"name": "%s", "industry": "rail logistics",
                 "contacts": [{"name": "%s", "title": "COO", "email": "%s", "phone": "+49 30 777 0118"}]}"""
                .formatted(customer, person, email)).statusCode(201).extract().path("id");
        String id = platform.post(Stage.LEAD, "/leads", """
                {"customerName": "%s", "accountId": "%s", "industry": "rail logistics",
                 "contact": {"name": "%s", "title": "COO", "email": "%s"},
                 "channel": "TRADE_SHOW", "scenario": "REPEAT_PURCHASE", "owner": "alice"}"""
                .formatted(customer, account, person, email)).statusCode(201).extract().path("id");
        steps.winAndDeliver(id, "45000.00");
        platform.get(Stage.NEEDS, "/needs/" + id).body("report.contact.email", equalTo(email));
        assertThat(clearCopies(email)).as("before erasure the person is in lead and needs").containsKeys("lead", "needs");

        platform.as(Stage.LEAD, "dpo", "admin").body("{\"reason\": \"GDPR request " + tag + "\"}")
                .post("/accounts/" + account + "/erasure").then().statusCode(202)
                .body("subjects", hasItem(id));

        await().atMost(Steps.HANDOVER).untilAsserted(() -> {
            assertThat(clearCopies(email)).isEmpty();
            assertThat(clearCopies(person)).isEmpty();
        });
        platform.get(Stage.LEAD, "/leads/" + id).body("contact.name", equalTo("[erased]"))
                .body("customerName", equalTo(customer));
        platform.get(Stage.NEEDS, "/needs/" + id).body("report.contact.name", equalTo("[erased]"));
        platform.get(Stage.DEAL, "/deals/" + id).statusCode(200);
        platform.get(Stage.DELIVERY, "/deliveries/" + id).body("status", equalTo("AFTER_SALES"));
        // the events stay, replayable: the history reads [erased] where the person was
        platform.get(Stage.LEAD, "/leads/" + id + "/history").body("[0].payload.contact.email", equalTo("[erased]"));
        platform.pipeline().get("/pipeline/opportunities/" + id).then().statusCode(200)
                .body("stage", equalTo("DELIVERY")).body("outcome", equalTo("WON")).body("customerName", equalTo(customer));
        platform.pipeline().queryParam("asOf", "2099-01-01T00:00:00Z").get("/pipeline/funnel").then().statusCode(200);
    }

    /** Per database, how many rows of any table (projections, event store, inbox) contain the text. */
    private static Map<String, Long> clearCopies(String text) {
        Map<String, Long> found = new LinkedHashMap<>();
        for (String db : DATABASES) {
            try (Connection c = ServiceDatabases.connect(platform, db)) {
                long n = 0;
                for (String table : tables(c)) {
                    try (PreparedStatement st = c.prepareStatement("SELECT count(*) FROM " + table + " t WHERE t::text LIKE ?")) {
                        st.setString(1, "%" + text + "%");
                        try (ResultSet rs = st.executeQuery()) {
                            rs.next();
                            n += rs.getLong(1);
                        }
                    }
                }
                if (n > 0) {
                    found.put(db, n);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(db + ": " + e.getMessage(), e);
            }
        }
        return found;
    }

    private static List<String> tables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = c.createStatement().executeQuery("SELECT schemaname || '.' || tablename FROM pg_tables"
                + " WHERE schemaname IN ('public', 'eventstore') AND tablename NOT LIKE 'flyway%'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }
}
