package io.dealstream.console.services;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** proposal-service's published reads the console shows. */
@RegisterRestClient(configKey = "proposal")
@RegisterClientHeaders(ForwardSignedInToken.class)
@Path("/")
public interface ProposalApi extends StageReads {

    @Override
    @GET
    @Path("proposals/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    JsonNode record(@PathParam("id") UUID id);

    @Override
    @GET
    @Path("proposals/{id}/history")
    List<HistoryEntry> history(@PathParam("id") UUID id);

    /** The proposal document as the service prints it. */
    @GET
    @Path("proposals/{id}")
    @Produces(MediaType.TEXT_HTML)
    String printable(@PathParam("id") UUID id);

    /** The opportunity's objections with their suggested answers. */
    @GET
    @Path("proposals/{id}/objections")
    @Produces(MediaType.APPLICATION_JSON)
    JsonNode objections(@PathParam("id") UUID id);

    /** Objections per type: raised, resolved, answered late. */
    @GET
    @Path("objections/stats")
    @Produces(MediaType.APPLICATION_JSON)
    JsonNode objectionStats();

    @Override
    @GET
    @Path("proposals/{id}/links")
    @Produces(MediaType.APPLICATION_JSON)
    List<CustomerLinkRow> links(@PathParam("id") UUID id);
}
