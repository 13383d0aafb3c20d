package io.dealstream.deal.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dealstream.deal.projection.DealQueries.DealView;
import io.dealstream.eventstore.http.Caller;
import io.dealstream.eventstore.http.HistoryEntry;
import io.dealstream.eventstore.http.Roles;
import java.util.List;

/**
 * Who may read the bottom lines: sales and managers (and admin). Every other role (legal, delivery) gets the
 * deal, its lists and its history without them, nor the breach texts that quote them.
 */
final class BottomLineSight {

    static final String ROLES_NOTE = "Roles: any authenticated role. The bottom lines (and which line a round "
            + "breached) are shown to sales, manager and admin only; other roles get them omitted.";

    /** Payload fields that hold or quote a bottom line. */
    private static final List<String> HIDDEN_FIELDS = List.of("bottomLines", "previous", "breaches");

    private final Caller caller;

    BottomLineSight(Caller caller) {
        this.caller = caller;
    }

    boolean sees() {
        return caller.hasRole(Roles.SALES) || caller.hasRole(Roles.MANAGER);
    }

    DealView view(DealView v) {
        return sees() ? v : new DealView(v.opportunityId(), v.status(), v.rounds(), v.version(), v.createdAt(),
                v.updatedAt(), v.deal().withoutBottomLines());
    }

    List<HistoryEntry> history(List<HistoryEntry> entries) {
        if (sees()) {
            return entries;
        }
        return entries.stream().map(e -> {
            JsonNode payload = e.payload();
            if (!(payload instanceof ObjectNode object) || HIDDEN_FIELDS.stream().noneMatch(object::has)) {
                return e;
            }
            ObjectNode hidden = object.deepCopy();
            hidden.remove(HIDDEN_FIELDS);
            return new HistoryEntry(e.eventId(), e.eventType(), e.schemaVersion(), e.streamId(), e.streamVersion(),
                    e.occurredAt(), e.actor(), e.correlationId(), e.causationId(), hidden);
        }).toList();
    }
}
