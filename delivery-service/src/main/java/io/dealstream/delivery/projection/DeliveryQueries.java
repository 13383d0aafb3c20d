package io.dealstream.delivery.projection;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.dealstream.delivery.domain.Delivery;
import io.dealstream.events.EventCodec;
import io.dealstream.eventstore.http.Paging;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads of the delivery read model. */
public final class DeliveryQueries {

    private static final String SELECT = "SELECT opportunity_id, status, overdue, document::text AS document, version,"
            + " created_at, updated_at FROM deliveries";

    private DeliveryQueries() {
    }

    public record DeliveryView(UUID opportunityId, String status, boolean overdue, long version, Instant createdAt,
            Instant updatedAt, Delivery delivery) {
    }

    /** One customer's satisfaction evaluation (the template). */
    public record SurveyRow(UUID opportunityId, String customerName, int serviceQuality, int solutionEffect,
            int responseSpeed, int teamwork, String overall, String suggestions, Instant date) {
    }

    /** Averages per dimension and the overall verdicts, over every survey. */
    public record SatisfactionReport(long surveys, BigDecimal serviceQuality, BigDecimal solutionEffect,
            BigDecimal responseSpeed, BigDecimal teamwork, long satisfied, long neutral, long dissatisfied,
            List<SurveyRow> customers) {
    }

    public record Referral(UUID opportunityId, String referrerName, UUID referrerKey, String referredCompany,
            String contactName, String contactEmail, String contactPhone, String incentive) {
    }

    public record CommunityMember(String community, String customerName, UUID customerKey, UUID opportunityId) {
    }

    public static Uni<Optional<DeliveryView>> byId(SqlClient client, UUID id) {
        return client.preparedQuery(SELECT + " WHERE opportunity_id = $1").execute(Tuple.of(id))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(view(rows.iterator().next())));
    }

    public static Uni<Paging.Page<DeliveryView>> list(SqlClient client, String status, Boolean overdue, int page,
            int size) {
        return Paging.page(client, SELECT, "deliveries", new Paging.Filter().equal("status", status)
                .equal("overdue", overdue), "updated_at DESC, opportunity_id", page, size, DeliveryQueries::view);
    }

    public static Uni<SatisfactionReport> satisfaction(SqlClient client) {
        Uni<Row> averages = client.query("SELECT count(*) AS n, round(avg(service_quality), 2) AS sq,"
                + " round(avg(solution_effect), 2) AS se, round(avg(response_speed), 2) AS rs,"
                + " round(avg(teamwork), 2) AS tw, count(*) FILTER (WHERE overall = 'SATISFIED') AS satisfied,"
                + " count(*) FILTER (WHERE overall = 'NEUTRAL') AS neutral,"
                + " count(*) FILTER (WHERE overall = 'DISSATISFIED') AS dissatisfied FROM surveys")
                .execute().map(rows -> rows.iterator().next());
        Uni<List<SurveyRow>> customers = client.query("SELECT * FROM surveys ORDER BY surveyed_at DESC LIMIT 500")
                .execute().map(rows -> {
                    List<SurveyRow> out = new ArrayList<>();
                    rows.forEach(r -> out.add(new SurveyRow(r.getUUID("opportunity_id"), r.getString("customer_name"),
                            r.getInteger("service_quality"), r.getInteger("solution_effect"),
                            r.getInteger("response_speed"), r.getInteger("teamwork"), r.getString("overall"),
                            r.getString("suggestions"), r.getOffsetDateTime("surveyed_at").toInstant())));
                    return out;
                });
        return Uni.combine().all().unis(averages, customers).asTuple().map(t -> {
            Row a = t.getItem1();
            return new SatisfactionReport(a.getLong("n"), a.getBigDecimal("sq"), a.getBigDecimal("se"),
                    a.getBigDecimal("rs"), a.getBigDecimal("tw"), a.getLong("satisfied"), a.getLong("neutral"),
                    a.getLong("dissatisfied"), t.getItem2());
        });
    }

    public static Uni<List<Referral>> referrals(SqlClient client) {
        return client.query("SELECT * FROM referrals ORDER BY opportunity_id, position").execute().map(rows -> {
            List<Referral> out = new ArrayList<>();
            rows.forEach(r -> out.add(new Referral(r.getUUID("opportunity_id"), r.getString("referrer_name"),
                    r.getUUID("referrer_key"), r.getString("referred_company"), r.getString("contact_name"),
                    r.getString("contact_email"), r.getString("contact_phone"), r.getString("incentive"))));
            return out;
        });
    }

    public static Uni<List<CommunityMember>> communityMembers(SqlClient client) {
        return client.query("SELECT * FROM community_members ORDER BY community, customer_name").execute().map(rows -> {
            List<CommunityMember> out = new ArrayList<>();
            rows.forEach(r -> out.add(new CommunityMember(r.getString("community"), r.getString("customer_name"),
                    r.getUUID("customer_key"), r.getUUID("opportunity_id"))));
            return out;
        });
    }

    private static DeliveryView view(Row r) {
        Delivery delivery;
        try {
            delivery = EventCodec.mapper().readValue(r.getString("document"), Delivery.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable delivery " + r.getUUID("opportunity_id"), e);
        }
        return new DeliveryView(r.getUUID("opportunity_id"), r.getString("status"), r.getBoolean("overdue"),
                r.getLong("version"), r.getOffsetDateTime("created_at").toInstant(),
                r.getOffsetDateTime("updated_at").toInstant(), delivery);
    }
}
