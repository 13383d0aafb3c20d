package io.dealstream.localstack.fuzz;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Sends {@link HostileBodies} to endpoints and records what a trustworthy service must never do: answer
 * 5xx, answer a malformed request with anything but a problem+json 4xx, or store anything for it.
 */
public final class HostileInputRun {

    private final Supplier<RequestSpecification> request;
    private final LongSupplier storedEvents;
    private int requests;
    private int malformed;
    private final List<String> violations = new ArrayList<>();

    /**
     * @param request      a new authenticated request to the service under test
     * @param storedEvents how many events the service has stored (for the "stores nothing" check)
     */
    public HostileInputRun(Supplier<RequestSpecification> request, LongSupplier storedEvents) {
        this.request = request;
        this.storedEvents = storedEvents;
    }

    /** Posts every hostile variant of {@code validBody} to {@code path}. */
    public HostileInputRun post(String path, String validBody, long seed) {
        for (HostileBodies.Case c : HostileBodies.of(validBody, seed)) {
            long before = c.malformed() ? storedEvents.getAsLong() : 0;
            Response response = request.get().contentType(ContentType.JSON).body(c.body()).post(path);
            check(path + " " + c.description(), response, c.malformed());
            if (c.malformed() && storedEvents.getAsLong() != before) {
                violations.add(path + " " + c.description() + ": stored events for a malformed request");
            }
        }
        return this;
    }

    /** Sends one request that must be refused with a 4xx (e.g. an invalid id in the path). */
    public HostileInputRun refused(String description, Supplier<Response> send) {
        check(description, send.get(), true);
        return this;
    }

    /** Sends one request that only must not fail the service (e.g. a hostile query parameter). */
    public HostileInputRun survived(String description, Supplier<Response> send) {
        check(description, send.get(), false);
        return this;
    }

    private void check(String what, Response response, boolean mustBeRefused) {
        requests++;
        int status = response.statusCode();
        if (status >= 500) {
            violations.add(what + ": " + status + " " + abbreviate(response.asString()));
            return;
        }
        if (mustBeRefused) {
            malformed++;
            if (status < 400) {
                violations.add(what + ": accepted with " + status);
            } else if (status != 404 && status != 405 && status != 413
                    && !String.valueOf(response.contentType()).startsWith("application/problem+json")) {
                violations.add(what + ": " + status + " without problem+json (" + response.contentType() + ")");
            }
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "...";
    }

    public int requests() {
        return requests;
    }

    public int malformed() {
        return malformed;
    }

    public List<String> violations() {
        return violations;
    }
}
