package io.dealstream.pipeline.projection;

import io.dealstream.eventstore.http.Paging;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads of the pipeline view. */
public final class PipelineQueries {

    private PipelineQueries() {
    }

    /** Where an opportunity stands now. */
    public record OpportunityView(UUID opportunityId, String customerName, String scenario, String owner, String stage,
            String outcome, BigDecimal value, String currency, Instant nextDeadlineAt, String nextDeadlineKind,
            boolean overdue, Instant createdAt, Instant updatedAt, int cycle) {
    }

    /** One stage of the funnel as of a date. */
    public record StageFigures(String stage, long entered, BigDecimal conversionToNextPercent,
            BigDecimal averageDaysBeforeNext) {
    }

    /** The funnel as of a date: per stage, and the deals won and lost by then. */
    public record Funnel(Instant asOf, List<StageFigures> stages, long won, long lost, BigDecimal winRatePercent) {
    }

    /** What the list is narrowed to; a null criterion narrows nothing. */
    public record Criteria(String stage, Boolean overdue, String owner, String scenario, String customerNamePart) {
    }

    public static Uni<Paging.Page<OpportunityView>> list(SqlClient client, Criteria c, int page, int size) {
        return Paging.page(client, "SELECT * FROM opportunities", "opportunities", new Paging.Filter()
                        .equal("stage", c.stage()).equal("overdue", c.overdue()).equal("owner", blankAsNull(c.owner()))
                        .equal("scenario", blankAsNull(c.scenario()))
                        .containing("customer_name", blankAsNull(c.customerNamePart())),
                "next_deadline_at NULLS LAST, updated_at DESC, opportunity_id", page, size, PipelineQueries::view);
    }

    public static Uni<OpportunityView> byId(SqlClient client, UUID id) {
        return client.preparedQuery("SELECT * FROM opportunities WHERE opportunity_id = $1").execute(Tuple.of(id))
                .map(rows -> rows.size() == 0 ? null : view(rows.iterator().next()));
    }

    /** Replays the stage entries and outcomes recorded up to {@code asOf}; every cycle of an opportunity counts. */
    public static Uni<Funnel> funnel(SqlClient client, Instant asOf) {
        OffsetDateTime t = OffsetDateTime.ofInstant(asOf, ZoneOffset.UTC);
        Uni<Map<String, Long>> entered = client.preparedQuery("SELECT stage, count(*) AS n FROM stage_entries"
                        + " WHERE entered_at <= $1 GROUP BY stage").execute(Tuple.of(t))
                .map(rows -> {
                    Map<String, Long> m = new HashMap<>();
                    rows.forEach(r -> m.put(r.getString("stage"), r.getLong("n")));
                    return m;
                });
        Uni<Map<String, BigDecimal>> days = client.preparedQuery("SELECT a.stage,"
                        + " avg(extract(epoch FROM b.entered_at - a.entered_at)) / 86400 AS days FROM stage_entries a"
                        + " JOIN stage_entries b ON b.opportunity_id = a.opportunity_id AND b.cycle = a.cycle"
                        + " AND array_position($2::text[], b.stage) = array_position($2::text[], a.stage) + 1"
                        + " WHERE b.entered_at <= $1 GROUP BY a.stage")
                .execute(Tuple.of(t, PipelineProjection.STAGES.toArray(new String[0])))
                .map(rows -> {
                    Map<String, BigDecimal> m = new HashMap<>();
                    rows.forEach(r -> m.put(r.getString("stage"), r.getBigDecimal("days").setScale(2, RoundingMode.HALF_UP)));
                    return m;
                });
        Uni<Row> outcomes = client.preparedQuery("SELECT count(*) FILTER (WHERE outcome = 'WON') AS won,"
                + " count(*) FILTER (WHERE outcome = 'LOST') AS lost FROM outcomes WHERE decided_at <= $1")
                .execute(Tuple.of(t)).map(rows -> rows.iterator().next());
        return Uni.combine().all().unis(entered, days, outcomes).asTuple().map(x -> {
            List<StageFigures> stages = new ArrayList<>();
            List<String> names = PipelineProjection.STAGES;
            for (int i = 0; i < names.size(); i++) {
                long n = x.getItem1().getOrDefault(names.get(i), 0L);
                BigDecimal conversion = null;
                if (i + 1 < names.size() && n > 0) {
                    long next = x.getItem1().getOrDefault(names.get(i + 1), 0L);
                    conversion = BigDecimal.valueOf(100.0 * next / n).setScale(1, RoundingMode.HALF_UP);
                }
                stages.add(new StageFigures(names.get(i), n, conversion, x.getItem2().get(names.get(i))));
            }
            long won = x.getItem3().getLong("won");
            long lost = x.getItem3().getLong("lost");
            BigDecimal winRate = won + lost == 0 ? null
                    : BigDecimal.valueOf(100.0 * won / (won + lost)).setScale(1, RoundingMode.HALF_UP);
            return new Funnel(asOf, stages, won, lost, winRate);
        });
    }

    private static OpportunityView view(Row r) {
        return new OpportunityView(r.getUUID("opportunity_id"), r.getString("customer_name"), r.getString("scenario"),
                r.getString("owner"), r.getString("stage"), r.getString("outcome"), r.getBigDecimal("value"),
                r.getString("currency"), instant(r, "next_deadline_at"), r.getString("next_deadline_kind"),
                r.getBoolean("overdue"), instant(r, "created_at"), instant(r, "updated_at"), r.getInteger("cycle"));
    }

    private static Instant instant(Row r, String column) {
        OffsetDateTime value = r.getOffsetDateTime(column);
        return value == null ? null : value.toInstant();
    }

    private static String blankAsNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
