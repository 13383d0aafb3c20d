package io.dealstream.console.day;

import io.dealstream.console.pages.Cards;
import io.dealstream.console.pages.Times;
import io.dealstream.console.services.PipelineApi;
import io.dealstream.console.signin.SignedInUser;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * My day: every deadline of mine due by tonight across all stages (follow-ups, deep talks, objection answers,
 * minutes, weekly reports, callbacks, surveys), overdue first, then soonest. A manager sees the team's.
 */
@Path("/")
@Authenticated
public class DayResource {

    record day(List<Cards> items, String owner, String updated, String endOfDay) implements TemplateInstance {
    }

    @RestClient
    PipelineApi pipeline;

    final SignedInUser me;

    public DayResource(SignedInUser me) {
        this.me = me;
    }

    @GET
    public TemplateInstance day(@QueryParam("owner") String owner) {
        Clock clock = Clock.systemUTC();
        Instant now = clock.instant();
        Instant endOfDay = Times.endOfToday(clock);
        String whose = me.isManager() ? (owner == null || owner.isBlank() ? null : owner) : me.name();
        List<Cards> items = pipeline.list(null, null, whose, null, null, 0, 500).items().stream()
                .filter(o -> !"LOST".equals(o.outcome()) && o.nextDeadlineAt() != null && o.nextDeadlineAt().isBefore(endOfDay))
                .map(o -> Cards.of(o, now))
                .sorted(Comparator.comparing((Cards c) -> !c.overdue()).thenComparing(c -> c.o().nextDeadlineAt()))
                .toList();
        return new day(items, whose, Times.second(now), Times.minute(endOfDay));
    }
}
