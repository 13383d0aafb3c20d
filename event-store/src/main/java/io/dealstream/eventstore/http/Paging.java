package io.dealstream.eventstore.http;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** One page of a read-model list, with the total for paging controls, from equality filters. */
public final class Paging {

    /** A page of items. */
    public record Page<T>(List<T> items, int page, int size, long total) {
    }

    /** An SQL condition with its arguments, numbered $1.. in order. */
    public static final class Filter {
        private final List<String> conditions = new ArrayList<>();
        private final List<Object> args = new ArrayList<>();

        /** {@code column = value}, skipped when the value is null. */
        public Filter equal(String column, Object value) {
            if (value != null) {
                args.add(value);
                conditions.add(column + " = $" + args.size());
            }
            return this;
        }

        /** {@code column} contains {@code part} in any case (LIKE wildcards in it are matched literally), skipped when null. */
        public Filter containing(String column, String part) {
            if (part != null) {
                args.add("%" + part.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
                conditions.add(column + " ILIKE $" + args.size());
            }
            return this;
        }

        /** A condition without arguments, e.g. {@code open_objections > 0}. */
        public Filter where(String condition) {
            conditions.add(condition);
            return this;
        }

        String sql() {
            return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        }
    }

    private Paging() {
    }

    /**
     * @param select the query up to FROM and the table, e.g. {@code SELECT * FROM deals}
     * @param table  the table, for the count
     * @param order  a fixed ORDER BY clause (never user input)
     */
    public static <T> Uni<Page<T>> page(SqlClient client, String select, String table, Filter filter, String order,
            int page, int size, Function<Row, T> mapper) {
        String where = filter.sql();
        Uni<Long> total = client.preparedQuery("SELECT count(*) AS n FROM " + table + where)
                .execute(Tuple.from(filter.args)).map(rows -> rows.iterator().next().getLong("n"));
        List<Object> pageArgs = new ArrayList<>(filter.args);
        pageArgs.add(size);
        pageArgs.add((long) page * size);
        Uni<List<T>> items = client.preparedQuery(select + where + " ORDER BY " + order + " LIMIT $"
                        + (filter.args.size() + 1) + " OFFSET $" + (filter.args.size() + 2))
                .execute(Tuple.from(pageArgs))
                .map(rows -> {
                    List<T> out = new ArrayList<>();
                    rows.forEach(r -> out.add(mapper.apply(r)));
                    return out;
                });
        return Uni.combine().all().unis(items, total).asTuple().map(t -> new Page<>(t.getItem1(), page, size, t.getItem2()));
    }
}
