package io.dealstream.lead.privacy;

import io.dealstream.events.privacy.PersonalDataCipher;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.List;
import java.util.UUID;

/** Drops the clear copies of erased subjects' personal data from lead-service's projections. */
final class ErasedProjections {

    private ErasedProjections() {
    }

    static Uni<Void> scrub(SqlClient client, List<UUID> subjects) {
        Tuple args = Tuple.of(subjects.toArray(UUID[]::new), PersonalDataCipher.ERASED);
        return client.preparedQuery("UPDATE leads SET contact_name = $2, contact_title = NULL, contact_email = NULL,"
                        + " contact_phone = NULL WHERE lead_id = ANY($1) OR account_id = ANY($1)")
                .execute(args)
                .chain(() -> client.preparedQuery("UPDATE account_contacts SET name = $2, title = NULL, phone = NULL,"
                        + " email = NULL WHERE account_id = ANY($1)").execute(args))
                .replaceWithVoid();
    }
}
