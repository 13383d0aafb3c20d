package io.dealstream.eventstore.domain;

/** Free-text rules every decider shares. Pure Java, so aggregates can use it. */
public final class Texts {

    private Texts() {
    }

    /** The stripped text; a missing or blank one breaks the rule {@code <field>-required} (422). */
    public static String required(String value, String field) {
        if (isBlank(value)) {
            throw DomainRuleViolation.unprocessable(field + "-required", field + " is required");
        }
        return value.strip();
    }

    public static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** The stripped text, or null when missing or blank. */
    public static String blankToNull(String s) {
        return isBlank(s) ? null : s.strip();
    }
}
