package io.dealstream.console.opportunity;

import com.fasterxml.jackson.databind.JsonNode;
import io.dealstream.console.services.DealApi;
import io.dealstream.console.services.DeliveryApi;
import io.dealstream.console.services.HistoryEntry;
import io.dealstream.console.services.LeadApi;
import io.dealstream.console.services.NeedsApi;
import io.dealstream.console.services.ProposalApi;
import io.dealstream.console.services.Service;
import io.dealstream.console.services.StageReads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.EnumMap;
import java.util.List;
import io.dealstream.console.services.CustomerLinkRow;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** One opportunity's record and timeline in each stage service, telling "not there yet" from "unreachable". */
@ApplicationScoped
public class StageRecords {

    /** What one service answered: its record (null before the opportunity reached it), or why it could not say. */
    public record Read<T>(T value, String unavailable) {
        public boolean reached() {
            return value != null;
        }
    }

    private final Map<Service, StageReads> reads = new EnumMap<>(Service.class);

    public StageRecords(@RestClient LeadApi lead, @RestClient NeedsApi needs, @RestClient ProposalApi proposal,
            @RestClient DealApi deal, @RestClient DeliveryApi delivery) {
        reads.put(Service.LEAD, lead);
        reads.put(Service.NEEDS, needs);
        reads.put(Service.PROPOSAL, proposal);
        reads.put(Service.DEAL, deal);
        reads.put(Service.DELIVERY, delivery);
    }

    public Read<JsonNode> record(Service service, UUID id) {
        return read(service, () -> reads.get(service).record(id));
    }

    public Read<List<HistoryEntry>> history(Service service, UUID id) {
        return read(service, () -> reads.get(service).history(id));
    }

    public Read<List<CustomerLinkRow>> links(Service service, UUID id) {
        return read(service, () -> reads.get(service).links(id));
    }

    /** A read through a service's client: 404 is "not there (yet)", anything else a reason the page shows. */
    public static <T> Read<T> read(Service service, java.util.function.Supplier<T> call) {
        try {
            return new Read<>(call.get(), null);
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            return status == 404 ? new Read<>(null, null)
                    : new Read<>(null, service.title() + " answered " + status + (status == 403 ? ": your roles may not read it"
                            : status == 401 ? ": it did not accept your sign-in" : ""));
        } catch (ProcessingException e) {
            return new Read<>(null, service.title() + " is unreachable");
        }
    }
}
