package io.dealstream.console.accounts;

import com.fasterxml.jackson.databind.JsonNode;
import io.dealstream.console.opportunity.StageRecords;
import io.dealstream.console.pages.RecordHtml;
import io.dealstream.console.services.LeadApi;
import io.dealstream.console.services.Service;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** An account: its registration, contacts, and every lead captured for it (its history with us). */
@Path("/accounts/{id}")
@Authenticated
public class AccountResource {

    public record Contact(String name, String title, String email, String phone) {
    }

    public record LeadRow(String id, String createdAt, String status, String tier, String scenario, String channel) {
    }

    record account(UUID id, String name, String registrationHtml, List<Contact> contacts, List<LeadRow> leads,
            String done) implements TemplateInstance {
    }

    @RestClient
    LeadApi leads;

    @GET
    public TemplateInstance page(@PathParam("id") UUID id, @QueryParam("done") String done) {
        StageRecords.Read<JsonNode> read = StageRecords.read(Service.LEAD, () -> leads.account(id));
        if (!read.reached()) {
            throw new NotFoundException(read.unavailable() == null ? "no account " + id : read.unavailable());
        }
        JsonNode a = read.value();
        List<Contact> contacts = new ArrayList<>();
        a.path("contacts").forEach(c -> contacts.add(new Contact(text(c, "name"), text(c, "title"), text(c, "email"), text(c, "phone"))));
        List<LeadRow> leadRows = new ArrayList<>();
        a.path("leads").forEach(l -> leadRows.add(new LeadRow(text(l, "id"), text(l, "createdAt"), text(l, "status"),
                text(l, "tier"), text(l, "scenario"), text(l, "channel"))));
        ObjectNode registration = a.deepCopy();
        registration.remove(List.of("contacts", "leads"));
        return new account(id, text(a, "name"), RecordHtml.render(registration), contacts, leadRows, done);
    }

    private static String text(JsonNode node, String field) {
        return node.path(field).asText("");
    }
}
