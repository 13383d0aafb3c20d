package io.dealstream.delivery.domain;

import static io.dealstream.eventstore.domain.DomainRuleViolation.unprocessable;
import static io.dealstream.eventstore.domain.Texts.required;

import io.dealstream.events.DomainEvent;
import io.dealstream.events.delivery.CommunityNewsPublished;
import io.dealstream.eventstore.Decider;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** An industry community's news and events for its members; the state is how many items it published. */
public final class CommunityDecider implements Decider<Integer, CommunityDecider.Publish> {

    /** News, or an event on a day to come. */
    public record Publish(Instant now, String community, CommunityNewsPublished.Kind kind, String title, String text,
            LocalDate eventDate) {
    }

    /** One stream per community, named by its normalised name. */
    public static UUID streamOf(String community) {
        return UUID.nameUUIDFromBytes(("community/" + community.strip().toLowerCase(Locale.ROOT))
                .getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public Integer initialState() {
        return 0;
    }

    @Override
    public List<CommunityNewsPublished> decide(Integer published, Publish p) {
        String community = required(p.community(), "community");
        if (p.kind() == CommunityNewsPublished.Kind.EVENT) {
            if (p.eventDate() == null) {
                throw unprocessable("event-date-required", "an event names its day (eventDate)");
            }
            if (p.eventDate().isBefore(p.now().atOffset(ZoneOffset.UTC).toLocalDate())) {
                throw unprocessable("event-date-in-past", "eventDate " + p.eventDate() + " has passed");
            }
        }
        return List.of(new CommunityNewsPublished(streamOf(community), community, p.kind(), required(p.title(), "title"),
                required(p.text(), "text"), p.kind() == CommunityNewsPublished.Kind.EVENT ? p.eventDate() : null));
    }

    @Override
    public Integer evolve(Integer published, DomainEvent event) {
        return event instanceof CommunityNewsPublished ? published + 1 : published;
    }
}
