package io.dealstream.eventstore.domain;

/**
 * A command broke a business rule. {@code rule} is a stable slug (it becomes the problem type), the
 * message says what to do. CONFLICT (409) for a state that forbids the command now, UNPROCESSABLE (422)
 * for content the process does not accept. Pure Java, so aggregates can throw it.
 */
public class DomainRuleViolation extends RuntimeException {

    public enum Kind {
        CONFLICT,
        UNPROCESSABLE,
        /** The caller's role may not do this (403). */
        FORBIDDEN
    }

    private final String rule;
    private final Kind kind;

    public DomainRuleViolation(String rule, Kind kind, String message) {
        super(message);
        this.rule = rule;
        this.kind = kind;
    }

    public static DomainRuleViolation conflict(String rule, String message) {
        return new DomainRuleViolation(rule, Kind.CONFLICT, message);
    }

    public static DomainRuleViolation forbidden(String rule, String message) {
        return new DomainRuleViolation(rule, Kind.FORBIDDEN, message);
    }

    public static DomainRuleViolation unprocessable(String rule, String message) {
        return new DomainRuleViolation(rule, Kind.UNPROCESSABLE, message);
    }

    public String rule() {
        return rule;
    }

    public Kind kind() {
        return kind;
    }
}
