package io.dealstream.localstack.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Sends {@link HostileBodies} to endpoints and records what a trustworthy service must never do: answer
 * 5xx, answer a malformed request with anything but a validation refusal (problem+json 400, 413, 415 or
 * 422), store anything for it, refuse as invalid a request its published contract allows, or change
 * accepted text (read back from the query side). Each endpoint first gets its valid body, which must
 * be accepted (or refused by the one business rule named): a run cannot pass by refusing everything.
 */
public final class HostileInputRun {

    private final Supplier<RequestSpecification> request;
    private final LongSupplier storedEvents;
    private int requests;
    private int malformed;
    private int ruleRefusals;
    private int acceptedHostile;
    private int readBack;
    private Function<Response, Response> view;
    private List<String> bases = List.of("");
    private Map<String, UnaryOperator<String>> shownAs = Map.of();
    private final List<String> missed = new ArrayList<>();
    private RequestContract contract;
    private final List<String> violations = new ArrayList<>();

    /** What a malformed request may be answered: refused by validation, never by a role, a lookup or a rule. */
    private static final Set<Integer> VALIDATION_REFUSALS = Set.of(400, 413, 415, 422);

    /**
     * @param request      a new authenticated request to the service under test
     * @param storedEvents how many events the service has stored (for the "stores nothing" check)
     */
    public HostileInputRun(Supplier<RequestSpecification> request, LongSupplier storedEvents) {
        this.request = request;
        this.storedEvents = storedEvents;
    }

    /**
     * From now on, an accepted hostile text is read back: {@code view} turns the answer of an accepted
     * request into the query that shows what was stored, where the text must appear unchanged at the field
     * it was sent in.
     */
    public HostileInputRun readingBack(Function<Response, Response> view) {
        return readingBack(view, Map.of());
    }

    /** As {@link #readingBack(Function)}, where the fields named are shown normalised so. */
    public HostileInputRun readingBack(Function<Response, Response> view,
            Map<String, UnaryOperator<String>> shownAs) {
        this.view = view;
        this.bases = List.of("");
        this.shownAs = shownAs;
        return this;
    }

    /**
     * As {@link #readingBack(Function)}, where the view shows the request's fields under one of {@code bases}
     * (JSON pointers into the view, tried in order; a base ending in {@code /-} names the last element of a
     * list, for commands that append; "{@code /items/0 -> /shown/items/-}" moves one request list). Every following post must then read back at least one accepted text.
     */
    public HostileInputRun readingBack(Function<Response, Response> view, String... bases) {
        this.view = view;
        this.bases = List.of(bases);
        this.shownAs = Map.of();
        return this;
    }

    /** The following posts store text that no view shows as sent (e.g. only counted): nothing is read back. */
    public HostileInputRun notReadBack() {
        this.view = null;
        return this;
    }

    /**
     * From now on, whether a body is malformed is what the service's published OpenAPI contract says of it:
     * one that breaks its operation's schema must be refused as invalid, one that keeps it must never be
     * refused as invalid (400), only accepted or refused by a named business rule.
     */
    public HostileInputRun keepingTo(RequestContract contract) {
        this.contract = contract;
        return this;
    }

    /** Posts {@code validBody} (it must be accepted), then every hostile variant of it, to {@code path}. */
    public HostileInputRun post(String path, String validBody, long seed) {
        return post(path, validBody, seed, null);
    }

    /**
     * As {@link #post(String, String, long)}, where the valid body is refused by {@code expectedRule} (it passes
     * validation and reaches the business rules, e.g. a survey before real use): the positive control.
     */
    public HostileInputRun post(String path, String validBody, long seed, String expectedRule) {
        Response control = request.get().contentType(ContentType.JSON).body(validBody).post(path);
        requests++;
        boolean controlOk = expectedRule == null ? control.statusCode() / 100 == 2
                : expectedRule.equals(control.jsonPath().getString("rule"));
        if (!controlOk) {
            violations.add(path + " positive control: the valid body was answered " + control.statusCode() + " "
                    + abbreviate(control.asString()) + (expectedRule == null ? "" : " (expected rule " + expectedRule + ")"));
        }
        int readBefore = readBack;
        int acceptedBefore = acceptedHostile;
        Optional<RequestContract.Body> schema = contract == null ? Optional.empty() : contract.body("POST", path);
        schema.map(s -> s.violations(validBody)).filter(v -> !v.isEmpty()).ifPresent(v ->
                violations.add(path + " positive control: the valid body breaks the published contract " + v));
        for (HostileBodies.Case c : HostileBodies.of(validBody, seed)) {
            List<String> broken = schema.map(s -> s.violations(c.body())).orElse(List.of());
            boolean malformed = schema.isPresent() ? !broken.isEmpty() : c.malformed();
            long before = malformed ? storedEvents.getAsLong() : 0;
            Response response = request.get().contentType(ContentType.JSON).body(c.body()).post(path);
            check(path + " " + c.description() + (broken.isEmpty() ? "" : " " + broken), response, malformed);
            if (schema.isPresent() && !malformed && response.statusCode() == 400) {
                violations.add(path + " " + c.description() + ": refused as invalid although the published contract "
                        + "allows it: " + abbreviate(response.asString()));
            }
            if (malformed && storedEvents.getAsLong() != before) {
                violations.add(path + " " + c.description() + ": stored events for a malformed request");
            }
            if (!malformed && response.statusCode() / 100 == 2 && c.text() != null) {
                acceptedHostile++;
                readBack(path + " " + c.description(), response, c);
            }
        }
        if (view != null && acceptedHostile > acceptedBefore && readBack == readBefore) {
            violations.add(path + ": " + (acceptedHostile - acceptedBefore) + " hostile texts accepted, none found in "
                    + "the view under " + bases + " (missed " + missed.stream().distinct().toList() + ")");
        }
        return this;
    }

    private void readBack(String what, Response accepted, HostileBodies.Case c) {
        if (view == null) {
            return;
        }
        JsonNode shown;
        try {
            shown = new ObjectMapper().readTree(view.apply(accepted).asString());
        } catch (JsonProcessingException e) {
            violations.add(what + ": the stored view is not JSON");
            return;
        }
        JsonNode stored = bases.stream().map(base -> shownAt(shown, base, c.pointer()))
                .filter(node -> !node.isMissingNode()).findFirst().orElse(MissingNode.getInstance());
        if (stored.isMissingNode()) {
            missed.add(c.pointer());
        }
        String sent = shownAs.getOrDefault(c.pointer(), UnaryOperator.identity()).apply(c.text().strip());
        if (stored.isMissingNode() || stored.isNull() && sent.isEmpty()) {
            return; // not shown under the same name, or a blank optional text stored as absent
        }
        readBack++;
        if (!stored.isTextual() || !stored.asText().equals(sent)) {
            violations.add(what + ": read back as " + abbreviate(stored.toString()));
        }
    }

    /**
     * The node showing the request field at {@code pointer}, under {@code base}; a base "{@code /items/0 ->
     * /shown/items/-}" shows the request's fields under /items/0 at that other place (other fields: missing).
     */
    private static JsonNode shownAt(JsonNode view, String base, String pointer) {
        int arrow = base.indexOf(" -> ");
        if (arrow < 0) {
            return at(view, base).at(pointer);
        }
        String from = base.substring(0, arrow);
        return pointer.startsWith(from + "/")
                ? at(view, base.substring(arrow + 4)).at(pointer.substring(from.length()))
                : MissingNode.getInstance();
    }

    /** The node at {@code base}, where a trailing {@code /-} is the last element of the list before it. */
    private static JsonNode at(JsonNode view, String base) {
        if (!base.endsWith("/-")) {
            return view.at(base);
        }
        JsonNode list = view.at(base.substring(0, base.length() - 2));
        return list.isArray() && !list.isEmpty() ? list.get(list.size() - 1) : MissingNode.getInstance();
    }

    /** Sends one request that must be refused with a 4xx (e.g. an invalid id in the path: 400 or 404). */
    public HostileInputRun refused(String description, Supplier<Response> send) {
        pathRefusal = true;
        try {
            check(description, send.get(), true);
        } finally {
            pathRefusal = false;
        }
        return this;
    }

    private boolean pathRefusal;

    private boolean refusedPathsMayBe(int status) {
        return pathRefusal && (status == 404 || status == 405);
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
        if (status == 409 || status == 422) {
            ruleRefusals++;
        }
        if (mustBeRefused) {
            malformed++;
            if (status < 400) {
                violations.add(what + ": accepted with " + status);
            } else if (!VALIDATION_REFUSALS.contains(status) && !refusedPathsMayBe(status)) {
                violations.add(what + ": refused with " + status + ", not as invalid input");
            } else if (status != 404 && status != 413
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

    /** Requests refused by a business rule (409, 422), told apart from validation refusals. */
    public int ruleRefusals() {
        return ruleRefusals;
    }

    /** Hostile texts accepted, and how many of them were read back unchanged from the query side. */
    public int acceptedHostile() {
        return acceptedHostile;
    }

    public int readBack() {
        return readBack;
    }

    /** Request fields whose accepted text the view did not show under the same name (not a violation alone). */
    public List<String> missed() {
        return missed.stream().distinct().toList();
    }

    public List<String> violations() {
        return violations;
    }
}
