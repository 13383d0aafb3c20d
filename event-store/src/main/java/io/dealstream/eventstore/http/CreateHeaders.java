package io.dealstream.eventstore.http;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * What every command takes besides its body, as one {@code @BeanParam}: the {@code Idempotency-Key}, and the
 * request it came with, whose method and matched path identify the operation a reused key is checked
 * against (so no endpoint types its own path again, and none can drift from its {@code @Path}).
 */
public class CreateHeaders {

    @HeaderParam(IdempotentCommands.HEADER)
    @Parameter(description = "Makes a retry safe: the same key returns the first answer; reused for another "
            + "request it is 422 idempotency-key-reused")
    String idempotencyKey;

    @Context
    UriInfo uri;

    @Context
    Request request;

    /** The Idempotency-Key, or null. */
    public String idempotencyKey() {
        return idempotencyKey;
    }

    /** The operation as the request matched it, e.g. {@code POST /needs/1b4e.../outline}. */
    public String operation() {
        String path = uri.getPath();
        return request.getMethod() + " " + (path.startsWith("/") ? path : "/" + path);
    }
}
