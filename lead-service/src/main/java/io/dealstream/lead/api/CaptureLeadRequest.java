package io.dealstream.lead.api;

import io.dealstream.events.common.Scenario;
import io.dealstream.events.lead.Channel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** POST /leads: a lead from any channel. */
@Schema(description = "A lead to capture", example = """
        {"customerName": "Acme Rail GmbH", "industry": "rail logistics",
         "contact": {"name": "Li Wei", "title": "CTO", "email": "li.wei@acme-rail.example", "phone": "+49 30 1234567"},
         "channel": "TRADE_SHOW", "sourceTag": "2026 trade show", "needSummary": "maintenance planning is too slow",
         "scenario": "NEW_CUSTOMER", "owner": "alice"}""")
public record CaptureLeadRequest(
        @NotBlank @Size(max = 200) String customerName,
        @NotNull @Valid ContactDto contact,
        @NotNull Channel channel,
        @Size(max = 200) String sourceTag,
        @Size(max = 4000) String needSummary,
        Scenario scenario,
        UUID accountId,
        UUID referredByAccountId,
        @Size(max = 200) String industry,
        @Size(max = 200) String owner) {
}
