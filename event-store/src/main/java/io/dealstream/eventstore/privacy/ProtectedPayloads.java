package io.dealstream.eventstore.privacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dealstream.events.DomainEvent;
import io.dealstream.events.EventCodec;
import io.dealstream.events.EventTypes;
import io.dealstream.events.InvalidEventPayload;
import io.dealstream.events.privacy.DataSubjects;
import io.dealstream.events.privacy.PersonalDataCipher;
import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import javax.crypto.SecretKey;

/** Seals the personal fields of payloads before they are stored, and opens them when events are read. */
public final class ProtectedPayloads {

    /** A payload as read (store row or Kafka record) and what it takes to decode it. */
    public record Sealed(String eventType, int schemaVersion, String json) {
    }

    private ProtectedPayloads() {
    }

    /** The payload to store: its personal fields encrypted with the data subject's key. */
    public static Uni<String> seal(Function<UUID, Uni<KeyVault.DataKey>> keyFor, DomainEvent event,
            ObjectNode payload, UUID eventId, UUID opportunityId) {
        Class<?> type = event.getClass();
        if (!PersonalDataCipher.hasPersonalData(type)) {
            return Uni.createFrom().item(payload.toString());
        }
        return keyFor.apply(DataSubjects.of(event, eventId, opportunityId)).map(key -> {
            PersonalDataCipher.encrypt(payload, type, key.keyId(), key.key());
            return payload.toString();
        });
    }

    /**
     * Decodes payloads in order, fetching every key they need in one vault query. A field whose key is
     * erased reads "[erased]". Unreadable payloads fail with {@link InvalidEventPayload}.
     */
    public static Uni<List<DomainEvent>> open(KeyVault vault, EventCodec codec, List<Sealed> sealed) {
        return Uni.createFrom().deferred(() -> openNow(vault, codec, sealed, false));
    }

    /** As {@link #open}, for payloads read back from this service's own store ({@link EventCodec#decodeStored}). */
    public static Uni<List<DomainEvent>> openStored(KeyVault vault, EventCodec codec, List<Sealed> sealed) {
        return Uni.createFrom().deferred(() -> openNow(vault, codec, sealed, true));
    }

    private static Uni<List<DomainEvent>> openNow(KeyVault vault, EventCodec codec, List<Sealed> sealed,
            boolean stored) {
        List<JsonNode> trees = new ArrayList<>(sealed.size());
        Set<UUID> keyIds = new HashSet<>();
        for (Sealed s : sealed) {
            JsonNode tree = parse(s);
            trees.add(tree);
            Class<?> type = EventTypes.byName(s.eventType()).map(EventTypes.EventType::recordClass).orElse(null);
            if (type != null && PersonalDataCipher.hasPersonalData(type)) {
                keyIds.addAll(keyIdsOrPoison(s, tree, type));
            }
        }
        Uni<Map<UUID, SecretKey>> keys = keyIds.isEmpty() ? Uni.createFrom().item(Map.of()) : vault.keys(keyIds);
        return keys.map(k -> {
            List<DomainEvent> out = new ArrayList<>(sealed.size());
            for (int i = 0; i < sealed.size(); i++) {
                Sealed s = sealed.get(i);
                JsonNode tree = trees.get(i);
                EventTypes.byName(s.eventType()).ifPresent(t -> decrypt(s, tree, t.recordClass(), k));
                out.add(stored ? codec.decodeStored(s.eventType(), s.schemaVersion(), tree)
                        : codec.decode(s.eventType(), s.schemaVersion(), tree));
            }
            return out;
        });
    }

    private static Set<UUID> keyIdsOrPoison(Sealed s, JsonNode tree, Class<?> type) {
        try {
            return PersonalDataCipher.keyIds(tree, type);
        } catch (PersonalDataCipher.CorruptPersonalData e) {
            throw new InvalidEventPayload(s.eventType(), List.of(e.getMessage()));
        }
    }

    private static void decrypt(Sealed s, JsonNode tree, Class<?> type, Map<UUID, SecretKey> keys) {
        try {
            PersonalDataCipher.decrypt(tree, type, keys);
        } catch (PersonalDataCipher.CorruptPersonalData e) {
            throw new InvalidEventPayload(s.eventType(), List.of(e.getMessage()));
        }
    }

    private static JsonNode parse(Sealed s) {
        try {
            return EventCodec.mapper().readTree(s.json());
        } catch (JsonProcessingException e) {
            throw new InvalidEventPayload(s.eventType(), List.of("$: not JSON: " + e.getOriginalMessage()));
        }
    }
}
