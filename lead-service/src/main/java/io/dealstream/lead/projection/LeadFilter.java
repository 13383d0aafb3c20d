package io.dealstream.lead.projection;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Filters of the lead list; null means "any". Builds the SQL condition and its arguments. */
public record LeadFilter(String tier, String intent, String channel, String scenario, String status, Boolean overdue,
        String owner, String text, Instant dueBefore) {

    public record Sql(String where, List<Object> args) {
    }

    public Sql toSql() {
        List<String> conditions = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        add(conditions, args, "tier = $", tier);
        add(conditions, args, "intent = $", intent);
        add(conditions, args, "channel = $", channel);
        add(conditions, args, "scenario = $", scenario);
        add(conditions, args, "status = $", status);
        add(conditions, args, "owner = $", owner);
        if (overdue != null) {
            args.add(overdue);
            conditions.add("overdue = $" + args.size());
        }
        if (text != null && !text.isBlank()) {
            // a literal substring: LIKE wildcards in the user's text are escaped
            String escaped = text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            args.add("%" + escaped + "%");
            conditions.add("lower(customer_name) LIKE $" + args.size());
        }
        if (dueBefore != null) {
            args.add(java.time.OffsetDateTime.ofInstant(dueBefore, java.time.ZoneOffset.UTC));
            conditions.add("next_follow_up_at <= $" + args.size()
                    + " AND status NOT IN ('DISQUALIFIED', 'MERGED')");
        }
        return new Sql(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), args);
    }

    private static void add(List<String> conditions, List<Object> args, String condition, String value) {
        if (value != null) {
            args.add(value);
            conditions.add(condition + args.size());
        }
    }
}
