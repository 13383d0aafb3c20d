package io.dealstream.lead.privacy;

import io.dealstream.events.lead.PersonalDataErased;
import io.dealstream.eventstore.EventMetadata;
import io.dealstream.eventstore.EventStore;
import io.dealstream.eventstore.domain.DomainRuleViolation;
import io.dealstream.eventstore.domain.NotFound;
import io.dealstream.lead.projection.AccountQueries;
import io.dealstream.lead.projection.LeadQueries;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Erases a customer's personal data (GDPR Art. 17) by crypto-shredding: the data keys of the account and of
 * each of its opportunities are deleted from the vault first (from then on every copy of their personal
 * fields, in every store and on every topic, reads "[erased]"), then {@link PersonalDataErased} is appended
 * and this service's projections drop their clear copies in the same transaction. The other services drop
 * theirs when the event reaches them. Repeating an erasure is harmless.
 */
@ApplicationScoped
public class PersonalDataEraser {

    /** What was erased. */
    public record Erasure(UUID erasedId, List<UUID> subjects, int keysDeleted, long streamVersion) {
    }

    private final EventStore store;

    public PersonalDataEraser(EventStore store) {
        this.store = store;
    }

    public Uni<Erasure> eraseAccount(UUID accountId, String reason, String actor) {
        return AccountQueries.byId(store.pool(), accountId)
                .chain(account -> {
                    if (account.isEmpty()) {
                        return Uni.createFrom().failure(new NotFound("account", accountId));
                    }
                    return leadsOf(store.pool(), accountId).chain(leads -> {
                        List<UUID> subjects = new ArrayList<>();
                        subjects.add(accountId);
                        subjects.addAll(leads);
                        return erase(accountId, accountId, subjects, reason, actor);
                    });
                });
    }

    /** A lead captured without an account is its own data subject; a lead of an account is erased with it. */
    public Uni<Erasure> eraseLead(UUID leadId, String reason, String actor) {
        return LeadQueries.byId(store.pool(), leadId).chain(lead -> {
            if (lead.isEmpty()) {
                return Uni.createFrom().failure(new NotFound("lead", leadId));
            }
            UUID account = lead.get().accountId();
            if (account != null) {
                return Uni.createFrom().failure(DomainRuleViolation.conflict("lead-has-account",
                        "lead " + leadId + " belongs to account " + account + ": erase the account"));
            }
            return erase(leadId, null, List.of(leadId), reason, actor);
        });
    }

    private Uni<Erasure> erase(UUID streamId, UUID accountId, List<UUID> subjects, String reason, String actor) {
        // keys first: if anything after fails, the data is already unreadable and a retry completes the rest
        return store.vault().erase(subjects).chain(deleted -> store.inTransaction(tx ->
                tx.currentVersion(streamId).chain(version -> tx.append(streamId, version,
                                new EventMetadata(streamId, UUID.randomUUID(), null, actor),
                                List.of(new PersonalDataErased(accountId, subjects, reason))))
                        .call(appended -> ErasedProjections.scrub(tx.connection(), subjects))
                        .map(appended -> new Erasure(streamId, subjects, deleted, appended.streamVersion()))));
    }

    private static Uni<List<UUID>> leadsOf(SqlClient client, UUID accountId) {
        return client.preparedQuery("SELECT lead_id FROM leads WHERE account_id = $1 ORDER BY created_at")
                .execute(Tuple.of(accountId))
                .map(rows -> {
                    List<UUID> ids = new ArrayList<>();
                    for (Row row : rows) {
                        ids.add(row.getUUID("lead_id"));
                    }
                    return ids;
                });
    }
}
