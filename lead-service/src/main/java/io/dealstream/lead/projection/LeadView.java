package io.dealstream.lead.projection;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.vertx.mutiny.sqlclient.Row;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A lead as frontends read it (the customer-registration template plus its stage-1 status). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LeadView(
        UUID id,
        UUID accountId,
        String customerName,
        String industry,
        ContactView contact,
        String channel,
        String sourceTag,
        String needSummary,
        String scenario,
        UUID referredByAccountId,
        UUID referredByOpportunityId,
        String owner,
        String status,
        String intent,
        String tier,
        String gradeReason,
        boolean overridden,
        BudgetView budgetRange,
        Instant nextFollowUpAt,
        String nextFollowUpKind,
        boolean overdue,
        int nurtureCount,
        UUID mergedInto,
        long version,
        Instant createdAt,
        Instant updatedAt,
        List<FollowUpEntry> followUpLog) {

    /** One entry of the follow-up log (template): the first contact or a follow-up. */
    public record FollowUpEntry(Instant at, String kind, String via, String notes, String outcome,
            Instant nextFollowUpAt) {
    }

    /** The same lead with its follow-up log (the single-lead read shows it; lists do not). */
    public LeadView withFollowUpLog(List<FollowUpEntry> log) {
        return new LeadView(id, accountId, customerName, industry, contact, channel, sourceTag, needSummary, scenario,
                referredByAccountId, referredByOpportunityId, owner, status, intent, tier, gradeReason, overridden, budgetRange, nextFollowUpAt,
                nextFollowUpKind, overdue, nurtureCount, mergedInto, version, createdAt, updatedAt, List.copyOf(log));
    }

    public record ContactView(String name, String title, String email, String phone) {
    }

    public record BudgetView(BigDecimal min, BigDecimal max, String currency) {
    }

    static LeadView of(Row r) {
        BudgetView budget = r.getString("budget_currency") == null ? null
                : new BudgetView(r.getBigDecimal("budget_min"), r.getBigDecimal("budget_max"), r.getString("budget_currency"));
        return new LeadView(r.getUUID("lead_id"), r.getUUID("account_id"), r.getString("customer_name"),
                r.getString("industry"),
                new ContactView(r.getString("contact_name"), r.getString("contact_title"), r.getString("contact_email"),
                        r.getString("contact_phone")),
                r.getString("channel"), r.getString("source_tag"), r.getString("need_summary"), r.getString("scenario"),
                r.getUUID("referred_by_account_id"), r.getUUID("referred_by_opportunity_id"), r.getString("owner"), r.getString("status"), r.getString("intent"),
                r.getString("tier"), r.getString("grade_reason"), r.getBoolean("overridden"), budget,
                instant(r, "next_follow_up_at"), r.getString("next_follow_up_kind"), r.getBoolean("overdue"),
                r.getInteger("nurture_count"), r.getUUID("merged_into"), r.getLong("version"),
                instant(r, "created_at"), instant(r, "updated_at"), null);
    }

    static Instant instant(Row r, String column) {
        var value = r.getOffsetDateTime(column);
        return value == null ? null : value.toInstant();
    }
}
