package io.dealstream.console.services;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;

/** What every stage service publishes for one opportunity: its record and its audit timeline. */
public interface StageReads {

    JsonNode record(UUID id);

    List<HistoryEntry> history(UUID id);

    /** The links sent to the customer for acts in this stage; none where the stage sends none. */
    default List<CustomerLinkRow> links(UUID id) {
        return List.of();
    }
}
