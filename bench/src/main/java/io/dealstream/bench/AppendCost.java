package io.dealstream.bench;

import io.dealstream.events.EventCodec;
import io.dealstream.events.Stage;
import io.dealstream.events.common.Contact;
import io.dealstream.events.common.Scenario;
import io.dealstream.events.lead.Channel;
import io.dealstream.events.lead.LeadCaptured;
import io.dealstream.events.lead.LeadDisqualified;
import io.dealstream.eventstore.EventMetadata;
import io.dealstream.eventstore.EventStore;
import io.dealstream.localstack.LocalPostgres;
import io.dealstream.localstack.LocalStack;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgPool;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.PoolOptions;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What one append costs in the event store alone, with and without personal data to seal (a new data
 * subject each, as for a new lead), sequentially and 16 at a time; and what reading them back costs.
 */
public final class AppendCost {

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        try (LocalStack stack = LocalStack.startEphemeral()) {
            stack.ensureService(Stage.LEAD);
            Vertx vertx = Vertx.vertx();
            PgPool pool = PgPool.pool(vertx, PgConnectOptions.fromUri(stack.postgres().reactiveUrl("lead"))
                    .setUser(LocalPostgres.USER).setPassword(LocalPostgres.PASSWORD), new PoolOptions().setMaxSize(16));
            EventStore store = new EventStore(pool, new EventCodec(), Clock.systemUTC(), Stage.LEAD, stack.openVault(vertx));
            for (String kind : List.of("warm-up", "no personal data", "personal data (new subject each)")) {
                boolean personal = !kind.startsWith("no");
                long t0 = System.nanoTime();
                for (int i = 0; i < n; i++) {
                    append(store, personal).await().atMost(Duration.ofSeconds(30));
                }
                double sequential = n / ((System.nanoTime() - t0) / 1e9);
                long t1 = System.nanoTime();
                List<Uni<Void>> batch = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    batch.add(append(store, personal));
                    if (batch.size() == 16) {
                        Uni.join().all(batch).andFailFast().await().atMost(Duration.ofSeconds(30));
                        batch.clear();
                    }
                }
                double concurrent = n / ((System.nanoTime() - t1) / 1e9);
                System.out.printf("%s: %.0f appends/s sequential, %.0f appends/s 16 at a time%n", kind, sequential, concurrent);
            }
            long t2 = System.nanoTime();
            long read = 0;
            long after = 0;
            while (true) {
                var page = store.readAll(after, 500).await().atMost(Duration.ofSeconds(30));
                if (page.isEmpty()) {
                    break;
                }
                read += page.size();
                after = page.get(page.size() - 1).globalPosition();
            }
            System.out.printf("read back: %d events, %.0f events/s%n", read, read / ((System.nanoTime() - t2) / 1e9));
            vertx.closeAndAwait();
        }
        System.exit(0);
    }

    private static Uni<Void> append(EventStore store, boolean personal) {
        UUID id = UUID.randomUUID();
        var event = personal
                ? new LeadCaptured(id, null, "Cost AG", new Contact("Li Wei", "CTO", "+49 30 1", "li@cost.example"),
                        Channel.TRADE_SHOW, null, null, Scenario.NEW_CUSTOMER, null, null, null)
                : new LeadDisqualified("cost");
        return store.append(id, 0, new EventMetadata(id, UUID.randomUUID(), null, "bench"), List.of(event)).replaceWithVoid();
    }
}
