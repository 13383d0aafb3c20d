package io.dealstream.events.proposal;

/**
 * A part of the tailored proposal deck beyond its text: a chart, a case screenshot or another document, kept in
 * the document store ({@code documentRef}) and listed in the printed proposal.
 */
public record Attachment(Kind kind, String title, String documentRef) {

    public enum Kind {
        CHART,
        CASE_SCREENSHOT,
        DOCUMENT
    }
}
