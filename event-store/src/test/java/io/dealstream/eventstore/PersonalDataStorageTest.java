package io.dealstream.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import io.dealstream.events.common.Contact;
import io.dealstream.events.common.Scenario;
import io.dealstream.events.lead.Channel;
import io.dealstream.events.lead.LeadCaptured;
import io.dealstream.events.lead.LeadDisqualified;
import io.dealstream.eventstore.privacy.KeyVault;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Crypto-shredding on a real PostgreSQL: personal fields are stored encrypted, and erasure makes them unreadable. */
class PersonalDataStorageTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private final TestDatabase db = TestDatabase.get();
    private final EventStore store = db.store(Clock.systemUTC());

    private static LeadCaptured lead(UUID id, UUID account, String email) {
        return new LeadCaptured(id, account, "Acme Rail", new Contact("Li Wei", "CTO", "+49 30 555", email),
                Channel.TRADE_SHOW, null, "cut maintenance cost", Scenario.NEW_CUSTOMER, null, null, null);
    }

    private String storedPayloads(UUID stream) {
        return store.pool().preparedQuery("SELECT string_agg(payload::text, ' ') AS p FROM eventstore.events"
                        + " WHERE stream_id = $1").execute(Tuple.of(stream))
                .map(rows -> rows.iterator().next().getString("p")).await().atMost(WAIT);
    }

    @Test
    void personalFieldsAreStoredEncryptedAndReadBackInTheClear() {
        UUID id = UUID.randomUUID();
        LeadCaptured captured = lead(id, null, "li.wei." + id + "@acme.example");
        store.append(id, 0, new EventMetadata(id, UUID.randomUUID(), null, "alice"), List.of(captured))
                .await().atMost(WAIT);

        assertThat(storedPayloads(id)).contains("Acme Rail", "pii:v1:")
                .doesNotContain("Li Wei", "li.wei." + id, "+49 30 555", "CTO");
        assertThat(store.load(id).await().atMost(WAIT)).extracting(StoredEvent::event).containsExactly(captured);
        assertThat(db.vault.keyCount(id).await().atMost(WAIT)).isEqualTo(1);
    }

    @Test
    void erasingTheSubjectLeavesTheEventsReadableButThePersonalFieldsErased() {
        UUID id = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        store.append(id, 0, new EventMetadata(id, UUID.randomUUID(), null, "alice"),
                List.of(lead(id, null, "a@acme.example"))).await().atMost(WAIT);
        store.append(other, 0, new EventMetadata(other, UUID.randomUUID(), null, "alice"),
                List.of(lead(other, null, "b@acme.example"))).await().atMost(WAIT);

        assertThat(db.vault.erase(Set.of(id)).await().atMost(WAIT)).isEqualTo(1);

        LeadCaptured erased = (LeadCaptured) store.load(id).await().atMost(WAIT).get(0).event();
        assertThat(erased.contact()).isEqualTo(new Contact("[erased]", "[erased]", "[erased]", "[erased]"));
        assertThat(erased.customerName()).isEqualTo("Acme Rail");
        LeadCaptured untouched = (LeadCaptured) store.load(other).await().atMost(WAIT).get(0).event();
        assertThat(untouched.contact().email()).isEqualTo("b@acme.example");
        // the stream goes on: append-only, nothing rewritten
        store.append(id, 1, new EventMetadata(id, UUID.randomUUID(), null, "alice"),
                List.of(new LeadDisqualified("customer asked to be forgotten"))).await().atMost(WAIT);
        assertThat(store.load(id).await().atMost(WAIT)).hasSize(2);
    }

    @Test
    void anAccountsDataIsKeyedByTheAccountSoErasingItReachesEveryOpportunityEvent() {
        UUID account = UUID.randomUUID();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        for (UUID id : List.of(first, second)) {
            store.append(id, 0, new EventMetadata(id, UUID.randomUUID(), null, "alice"),
                    List.of(lead(id, account, "buyer@acme.example"))).await().atMost(WAIT);
        }

        db.vault.erase(Set.of(account)).await().atMost(WAIT);

        assertThat(List.of(first, second)).allSatisfy(id -> assertThat(
                ((LeadCaptured) store.load(id).await().atMost(WAIT).get(0).event()).contact().email())
                .isEqualTo("[erased]"));
    }

    /** The subject's key row deleted behind this instance's back, as another replica's erasure does. */
    private void deleteKeysElsewhere(UUID subject) {
        db.vault.pool().preparedQuery("DELETE FROM vault.subject_keys WHERE subject_id = $1").execute(Tuple.of(subject))
                .await().atMost(WAIT);
    }

    @Test
    void aCachedKeyServesUntilTheSubjectIsForgottenAndWithoutACacheNotAtAll() {
        KeyVault cached = new KeyVault(db.vault.pool(), KeyVault.masterKey(TestDatabase.MASTER_KEY), Duration.ofMinutes(5));
        UUID subject = UUID.randomUUID();
        KeyVault.DataKey key = cached.keyFor(subject).await().atMost(WAIT);
        deleteKeysElsewhere(subject);
        // within its maximum age the key still opens what it sealed (the guarantee is bounded by that age) ...
        assertThat(cached.keys(Set.of(key.keyId())).await().atMost(WAIT)).containsOnlyKeys(key.keyId());
        assertThat(cached.keyFor(subject).await().atMost(WAIT)).isEqualTo(key);
        // ... until PersonalDataErased makes the instance forget the subject: the vault answers again
        cached.forget(Set.of(subject));
        assertThat(cached.keys(Set.of(key.keyId())).await().atMost(WAIT)).isEmpty();

        KeyVault uncached = new KeyVault(db.vault.pool(), KeyVault.masterKey(TestDatabase.MASTER_KEY), Duration.ZERO);
        UUID another = UUID.randomUUID();
        KeyVault.DataKey anotherKey = uncached.keyFor(another).await().atMost(WAIT);
        deleteKeysElsewhere(another);
        assertThat(uncached.keys(Set.of(anotherKey.keyId())).await().atMost(WAIT)).isEmpty();
    }
}
