package io.dealstream.eventstore.http;

import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds RFC 9457 {@code application/problem+json} responses with stable problem types. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://dealstream.io/problems/";

    private Problems() {
    }

    /** A field-level error of a 400 answer. */
    public record FieldError(String field, String message) {
    }

    public static Map<String, Object> body(int status, String slug, String title, String detail, String instance) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", URI.create(TYPE_BASE + slug).toString());
        body.put("title", title);
        body.put("status", status);
        if (detail != null) {
            body.put("detail", detail);
        }
        if (instance != null) {
            body.put("instance", instance);
        }
        return body;
    }

    public static Response response(Map<String, Object> body) {
        return Response.status((Integer) body.get("status")).type(MEDIA_TYPE).entity(body).build();
    }

    public static Response badRequest(String instance, List<FieldError> errors) {
        String detail = errors.stream().map(e -> e.field() + ": " + e.message()).reduce((a, b) -> a + "; " + b)
                .orElse("invalid request");
        Map<String, Object> body = body(400, "invalid-request", "The request is invalid", detail, instance);
        body.put("errors", errors);
        return response(body);
    }

    /** 503: a dependency (database, vault) is out of reach; nothing was stored, retry after the given seconds. */
    public static Response unavailable(String instance, int retryAfterSeconds) {
        Map<String, Object> body = body(503, "service-unavailable", "Temporarily unavailable",
                "A service this request needs is out of reach; nothing was stored. Retry after " + retryAfterSeconds
                        + " s with the same Idempotency-Key.", instance);
        return Response.status(503).type(MEDIA_TYPE).header("Retry-After", retryAfterSeconds).entity(body).build();
    }
}
