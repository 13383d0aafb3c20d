package io.dealstream.eventstore.links;

import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.time.ZoneOffset;

/** How a printed document names a day: {@code 2026-11-01}, not the instant to the nanosecond. Qute: {@code at.day}. */
@TemplateExtension
public final class DocumentDates {

    private DocumentDates() {
    }

    public static String day(Instant at) {
        return at.atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }
}
