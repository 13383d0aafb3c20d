package io.dealstream.console.pages;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How the console shows times: UTC, to the minute, and how far off a deadline is. */
public final class Times {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private Times() {
    }

    public static String minute(Instant t) {
        return t == null ? "" : MINUTE.format(t);
    }

    public static String second(Instant t) {
        return SECOND.format(t);
    }

    /** "in 3 h", "2 d overdue". */
    public static String relative(Instant t, Instant now) {
        if (t == null) {
            return "";
        }
        Duration d = Duration.between(now, t);
        String span = span(d.abs());
        return d.isNegative() ? span + " overdue" : "in " + span;
    }

    /** The end of today, UTC: what "my day" covers. */
    public static Instant endOfToday(Clock clock) {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC)).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static String span(Duration d) {
        if (d.toDays() >= 1) {
            return d.toDays() + " d";
        }
        if (d.toHours() >= 1) {
            return d.toHours() + " h";
        }
        return Math.max(1, d.toMinutes()) + " min";
    }

    /** A deadline kind or status as words: "FOLLOW_UP_DUE" reads "follow up due". */
    public static String words(String constant) {
        return constant == null ? "" : constant.replace('_', ' ').toLowerCase();
    }
}
