package io.dealstream.console.pages;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.ClientWebApplicationException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A page whose service did not answer, or refused the user's token, says so in words instead of a bare 500:
 * nothing is shown as if it were the current state.
 */
public class ServiceFailures {

    record unavailable(String what, int status) implements TemplateInstance {
    }

    /** An answer a REST client could not use: the service refused (401/403) or failed. */
    @ServerExceptionMapper
    public Response refused(WebApplicationException e) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status == 404) {
            return Response.status(404).type(MediaType.TEXT_HTML)
                    .entity(new unavailable("Nothing is there: it does not exist, or not yet.", 404)).build();
        }
        if (!(e instanceof ClientWebApplicationException)) {
            return Response.status(status).type(MediaType.TEXT_HTML)
                    .entity(new unavailable(e.getMessage() == null ? "Refused (" + status + ")" : e.getMessage(), status)).build();
        }
        String what = status == 401 ? "A service did not accept your sign-in (401). Sign out and in again."
                : status == 403 ? "A service refused this to your roles (403)."
                : "A service answered " + status + ": nothing is shown rather than something out of date.";
        return Response.status(status == 401 || status == 403 ? status : 502).type(MediaType.TEXT_HTML)
                .entity(new unavailable(what, status)).build();
    }

    @ServerExceptionMapper
    public Response unreachable(ProcessingException e) {
        return Response.status(503).type(MediaType.TEXT_HTML)
                .entity(new unavailable("A service is unreachable: nothing is shown rather than something out of date. "
                        + "Try again in a moment.", 503)).build();
    }
}
