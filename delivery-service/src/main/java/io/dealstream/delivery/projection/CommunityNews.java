package io.dealstream.delivery.projection;

import io.dealstream.events.delivery.CommunityNewsPublished;
import io.dealstream.eventstore.EventStoreTx;
import io.dealstream.eventstore.Projector;
import io.dealstream.eventstore.StoredEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** The {@code community_news} table: each community's news and events, newest first. */
public final class CommunityNews implements Projector<Object> {

    public static final CommunityNews INSTANCE = new CommunityNews();

    public record Item(String community, String kind, String title, String text, LocalDate eventDate,
            Instant publishedAt) {
    }

    @Override
    public Uni<Void> project(EventStoreTx tx, Object state, List<StoredEvent> events) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (StoredEvent e : events) {
            if (e.event() instanceof CommunityNewsPublished n) {
                chain = chain.chain(() -> tx.connection().preparedQuery("INSERT INTO community_news (event_id,"
                                + " community_id, community, kind, title, text, event_date, published_at)"
                                + " VALUES ($1,$2,$3,$4,$5,$6,$7,$8) ON CONFLICT DO NOTHING")
                        .execute(Tuple.from(Arrays.asList(e.envelope().eventId(), n.communityId(), n.community(),
                                n.kind().name(), n.title(), n.text(), n.eventDate(),
                                OffsetDateTime.ofInstant(e.envelope().occurredAt(), ZoneOffset.UTC))))
                        .replaceWithVoid());
            }
        }
        return chain;
    }

    /** A community's news and events, newest first. */
    public static Uni<List<Item>> of(SqlClient client, UUID communityId) {
        return client.preparedQuery("SELECT * FROM community_news WHERE community_id = $1 ORDER BY published_at DESC")
                .execute(Tuple.of(communityId)).map(rows -> {
                    List<Item> out = new ArrayList<>();
                    rows.forEach(r -> out.add(new Item(r.getString("community"), r.getString("kind"),
                            r.getString("title"), r.getString("text"), r.getLocalDate("event_date"),
                            r.getOffsetDateTime("published_at").toInstant())));
                    return out;
                });
    }
}
