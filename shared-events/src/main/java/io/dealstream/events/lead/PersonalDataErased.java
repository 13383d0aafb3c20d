package io.dealstream.events.lead;

import io.dealstream.events.Nullable;
import java.util.List;
import java.util.UUID;

/**
 * A customer's personal data was erased (GDPR Art. 17): the keys of the named data subjects are deleted,
 * so their personal fields in every stored and published event read "[erased]" from now on. Every service
 * holding a copy in a projection drops it. Stream: the account (or the lead, for a customer without one).
 *
 * @param accountId the erased account, null for a lead captured without an account
 * @param subjects  the data subjects erased: the account and each of its opportunities
 */
public record PersonalDataErased(@Nullable UUID accountId, List<UUID> subjects, String reason) implements LeadEvent {
}
