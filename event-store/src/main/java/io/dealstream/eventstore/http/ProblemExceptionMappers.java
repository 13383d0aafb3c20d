package io.dealstream.eventstore.http;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.dealstream.eventstore.ConcurrencyConflict;
import io.dealstream.eventstore.domain.DomainRuleViolation;
import io.dealstream.eventstore.domain.NotFound;
import io.dealstream.eventstore.faults.TransientFailures;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Maps every failure of a REST call to RFC 9457 problem+json: malformed input is 400 naming the
 * field, a broken business rule 409/422 naming the rule, a version conflict 409, a dependency out of reach
 * (database, vault) 503 with Retry-After, and anything unexpected a 500 that reveals nothing internal.
 */
public class ProblemExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);
    /** How long a client should wait before retrying while a dependency is down. */
    static final int RETRY_AFTER_SECONDS = 5;

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problems.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problems.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problems.FieldError::field))
                .toList();
        return Problems.badRequest(path(uri), errors);
    }

    /**
     * A query parameter that does not convert ({@code page=x}): JAX-RS answers 404 for it, which reads as "no such
     * resource"; it is a bad request naming the parameter. A path that names nothing (an id that is no UUID, no
     * such route) stays a 404, as a problem.
     */
    @ServerExceptionMapper
    public Response unconvertibleParameter(jakarta.ws.rs.NotFoundException e, UriInfo uri) {
        List<Problems.FieldError> errors = e.getCause() instanceof NumberFormatException
                ? uri.getQueryParameters().entrySet().stream()
                        .filter(q -> q.getValue().stream().anyMatch(v -> !v.matches("-?[0-9]+")))
                        .map(q -> new Problems.FieldError(q.getKey(), "'" + q.getValue().get(0)
                                + "' is not a whole number"))
                        .toList()
                : List.of();
        return errors.isEmpty() ? Problems.response(Problems.body(404, "not-found", "Not found", null, path(uri)))
                : Problems.badRequest(path(uri), errors);
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        String field = jsonPath(e);
        String message;
        if (e.getTargetType() != null && e.getTargetType().isEnum()) {
            message = "unknown value '" + e.getValue() + "'; allowed: "
                    + Arrays.toString(e.getTargetType().getEnumConstants());
        } else {
            message = "'" + e.getValue() + "' is not a valid " + simpleType(e.getTargetType());
        }
        return Problems.badRequest(path(uri), List.of(new Problems.FieldError(field, message)));
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        String field = jsonPath(e);
        String message = "expected " + simpleType(e.getTargetType());
        return Problems.badRequest(path(uri), List.of(new Problems.FieldError(field, message)));
    }

    @ServerExceptionMapper
    public Response valueInstantiation(ValueInstantiationException e, UriInfo uri) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        return Problems.badRequest(path(uri), List.of(new Problems.FieldError(jsonPath(e), cause.getMessage())));
    }

    @ServerExceptionMapper
    public Response jsonMapping(JsonMappingException e, UriInfo uri) {
        return Problems.badRequest(path(uri), List.of(new Problems.FieldError(jsonPath(e), e.getOriginalMessage())));
    }

    @ServerExceptionMapper
    public Response jsonParse(JsonParseException e, UriInfo uri) {
        return malformedJson(e, uri);
    }

    @ServerExceptionMapper
    public Response jsonProcessing(JsonProcessingException e, UriInfo uri) {
        return malformedJson(e, uri);
    }

    private static Response malformedJson(JsonProcessingException e, UriInfo uri) {
        String where = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        return Problems.badRequest(path(uri), List.of(new Problems.FieldError("$", "malformed JSON" + where)));
    }

    @ServerExceptionMapper
    public Response badRequest(BadRequest e, UriInfo uri) {
        return Problems.badRequest(path(uri), List.of(new Problems.FieldError(e.field(), e.getMessage())));
    }

    @ServerExceptionMapper
    public Response concurrencyConflict(ConcurrencyConflict e, UriInfo uri) {
        Map<String, Object> body = Problems.body(409, "concurrency-conflict", "The resource was changed meanwhile",
                "Reload it and retry with its current version in If-Match.", path(uri));
        if (e.actualVersion() >= 0) {
            body.put("currentVersion", e.actualVersion());
        }
        body.put("expectedVersion", e.expectedVersion());
        return Problems.response(body);
    }

    @ServerExceptionMapper
    public Response ruleViolation(DomainRuleViolation e, UriInfo uri) {
        int status = switch (e.kind()) {
            case CONFLICT -> 409;
            case UNPROCESSABLE -> 422;
            case FORBIDDEN -> 403;
        };
        Map<String, Object> body = Problems.body(status, "rules/" + e.rule(), "Business rule " + e.rule()
                + " forbids this", e.getMessage(), path(uri));
        body.put("rule", e.rule());
        return Problems.response(body);
    }

    /** A command would produce an event its schema refuses: nothing is stored, the input is at fault. */
    @ServerExceptionMapper
    public Response invalidEvent(io.dealstream.events.InvalidEventPayload e, UriInfo uri) {
        Map<String, Object> body = Problems.body(422, "rules/event-contract", "The request would break the event "
                + "contract", String.join("; ", e.violations()), path(uri));
        body.put("rule", "event-contract");
        return Problems.response(body);
    }

    @ServerExceptionMapper
    public Response notFound(NotFound e, UriInfo uri) {
        return Problems.response(Problems.body(404, "not-found", "Not found", e.getMessage(), path(uri)));
    }

    @ServerExceptionMapper
    public Response unauthorized(io.quarkus.security.UnauthorizedException e, UriInfo uri) {
        return notAuthenticated(uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(io.quarkus.security.AuthenticationFailedException e, UriInfo uri) {
        return notAuthenticated(uri);
    }

    private static Response notAuthenticated(UriInfo uri) {
        Map<String, Object> body = Problems.body(401, "unauthorized", "Authentication required",
                "Send a valid bearer token (Authorization: Bearer <JWT>).", path(uri));
        return Response.fromResponse(Problems.response(body)).header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException e, UriInfo uri) {
        return Problems.response(Problems.body(403, "forbidden", "Forbidden",
                "Your role may not do this.", path(uri)));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        // Quarkus REST wraps body-reading failures: unwrap them so the client learns what is wrong
        if (e.getCause() instanceof InvalidFormatException f) {
            return invalidFormat(f, uri);
        }
        if (e.getCause() instanceof MismatchedInputException m) {
            return mismatchedInput(m, uri);
        }
        if (e.getCause() instanceof JsonMappingException m) {
            return jsonMapping(m, uri);
        }
        if (e.getCause() instanceof JsonProcessingException p) {
            return malformedJson(p, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("request failed", e);
        }
        String reason = e.getResponse().getStatusInfo().getReasonPhrase();
        String slug = reason == null ? "http-" + status : reason.toLowerCase().replaceAll("[^a-z0-9]+", "-");
        return Problems.response(Problems.body(status, slug, reason, status >= 500 ? null : e.getMessage(),
                path(uri)));
    }

    /**
     * PostgreSQL refused a value (SQLSTATE class 22, e.g. a NUL character in text): the request's data is
     * invalid. The transaction rolled back, so nothing was stored.
     */
    @ServerExceptionMapper
    public Response dataException(io.vertx.pgclient.PgException e, UriInfo uri) {
        if (IdempotentCommands.isTransient(e)) {
            return Problems.response(Problems.body(409, "concurrency-conflict", "The resource was changed meanwhile",
                    "A concurrent change won; retry the request.", path(uri)));
        }
        if (e.getSqlState() != null && e.getSqlState().startsWith("22")) {
            return Problems.badRequest(path(uri), List.of(new Problems.FieldError("$",
                    "a value cannot be stored: " + e.getErrorMessage())));
        }
        return unexpected(e, uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (TransientFailures.isTransient(e)) {
            // the database or the vault is out of reach: nothing was stored, the same request will work later
            LOG.warn("dependency unavailable on " + path(uri) + ": " + e);
            return Problems.unavailable(path(uri), RETRY_AFTER_SECONDS);
        }
        LOG.error("unexpected failure on " + path(uri), e);
        return Problems.response(Problems.body(500, "internal-error", "Internal error",
                "The request could not be completed; nothing was stored. Retry later.", path(uri)));
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER
                    && field.isEmpty() && isBodyParameter(violation)) {
                continue;
            }
            if (node.getIndex() != null && !field.isEmpty()) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.isEmpty() ? "$" : field.toString();
    }

    /** A bean-valued parameter is the body: its name adds nothing; a simple one (query, path) is the field. */
    private static boolean isBodyParameter(ConstraintViolation<?> violation) {
        return violation.getLeafBean() != null && violation.getLeafBean() != violation.getRootBean();
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "$" : path.toString();
    }

    private static String simpleType(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        return switch (type.getSimpleName()) {
            case "UUID" -> "a UUID";
            case "Instant" -> "an ISO-8601 instant, e.g. 2026-01-15T09:30:00Z";
            case "LocalDate" -> "an ISO-8601 date, e.g. 2026-01-15";
            case "BigDecimal" -> "a decimal number";
            case "int", "Integer", "long", "Long" -> "an integer";
            case "boolean", "Boolean" -> "true or false";
            case "String" -> "a string";
            default -> "a " + (type.isRecord() || List.class.isAssignableFrom(type) ? "JSON " : "")
                    + (List.class.isAssignableFrom(type) ? "array" : type.isRecord() ? "object" : type.getSimpleName());
        };
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getPath();
    }
}
