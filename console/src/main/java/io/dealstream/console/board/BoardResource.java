package io.dealstream.console.board;

import io.dealstream.console.pages.Cards;
import io.dealstream.console.pages.Times;
import io.dealstream.console.services.PipelineApi;
import io.dealstream.console.signin.SignedInUser;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** The pipeline board (opportunities by stage, refreshed every 10 s) and the funnel, now or as of a past date. */
@Path("/board")
@Authenticated
public class BoardResource {

    static final List<String> STAGES = List.of("LEAD", "NEEDS", "PROPOSAL", "NEGOTIATION", "DELIVERY");
    static final List<String> SCENARIOS = List.of("NEW_CUSTOMER", "KEY_ACCOUNT", "REPEAT_PURCHASE");

    /** The filters as the page's form states them. */
    public record Filters(String owner, String scenario, boolean overdue, String q) {
        public String query() {
            return "owner=" + enc(owner) + "&scenario=" + enc(scenario) + "&overdue=" + (overdue ? "true" : "")
                    + "&q=" + enc(q);
        }

        private static String enc(String s) {
            return s == null ? "" : URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }

    public record Column(String stage, List<Cards> cards, long total) {
        /** How many the column does not show. */
        public long more() {
            return total - cards.size();
        }
    }

    /** A stage of the funnel with its bar's width, relative to the widest stage. */
    public record Bar(PipelineApi.StageFigures figures, long widthPercent) {
    }

    record board(Filters filters, List<String> scenarios, List<Column> columns, String updated) implements TemplateInstance {
    }

    record columns(Filters filters, List<Column> columns, String updated) implements TemplateInstance {
    }

    record funnel(PipelineApi.Funnel funnel, List<Bar> bars, String asOf) implements TemplateInstance {
    }

    @RestClient
    PipelineApi pipeline;

    final SignedInUser me;

    public BoardResource(SignedInUser me) {
        this.me = me;
    }

    @GET
    public TemplateInstance board(@QueryParam("owner") String owner, @QueryParam("scenario") String scenario,
            @QueryParam("overdue") String overdue, @QueryParam("q") String q) {
        Filters filters = filters(owner, scenario, overdue, q);
        return new board(filters, SCENARIOS, columns(filters), Times.second(Instant.now()));
    }

    /** The columns alone, which the board page polls. */
    @GET
    @Path("columns")
    public TemplateInstance columnsOnly(@QueryParam("owner") String owner, @QueryParam("scenario") String scenario,
            @QueryParam("overdue") String overdue, @QueryParam("q") String q) {
        Filters filters = filters(owner, scenario, overdue, q);
        return new columns(filters, columns(filters), Times.second(Instant.now()));
    }

    @GET
    @Path("funnel")
    public TemplateInstance funnel(@QueryParam("asOf") String asOf) {
        String at = null;
        if (asOf != null && !asOf.isBlank()) {
            try {
                // the end of the chosen day, UTC: everything that happened on it counts
                at = LocalDate.parse(asOf).plusDays(1).atStartOfDay(ZoneOffset.UTC).minusNanos(1_000_000).toInstant().toString();
            } catch (DateTimeParseException e) {
                throw new BadRequestException("asOf: a date such as 2026-09-30");
            }
        }
        PipelineApi.Funnel f = pipeline.funnel(at);
        long widest = Math.max(1, f.stages().stream().mapToLong(PipelineApi.StageFigures::entered).max().orElse(0));
        List<Bar> bars = f.stages().stream().map(s -> new Bar(s, s.entered() * 100 / widest)).toList();
        return new funnel(f, bars, asOf == null ? "" : asOf);
    }

    private List<Column> columns(Filters f) {
        Instant now = Instant.now();
        Map<String, List<Cards>> byStage = new LinkedHashMap<>();
        STAGES.forEach(s -> byStage.put(s, new ArrayList<>()));
        Map<String, Long> totals = new LinkedHashMap<>();
        for (String stage : STAGES) {
            var page = pipeline.list(stage, f.overdue() ? Boolean.TRUE : null, blank(f.owner()), blank(f.scenario()),
                    blank(f.q()), 0, 100);
            page.items().forEach(o -> byStage.get(stage).add(Cards.of(o, now)));
            totals.put(stage, page.total());
        }
        return STAGES.stream().map(s -> new Column(s, byStage.get(s), totals.get(s))).toList();
    }

    private Filters filters(String owner, String scenario, String overdue, String q) {
        String own = owner == null ? (me.isManager() ? "" : me.name()) : owner;
        return new Filters(own.strip(), scenario == null ? "" : scenario, "true".equals(overdue), q == null ? "" : q.strip());
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
