package io.dealstream.eventstore.http;

import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the expected stream version from {@code If-Match} and writes it back as an {@code ETag}. */
public final class ExpectedVersion {

    private static final Pattern ENTITY_TAG = Pattern.compile("^\\s*(?:W/)?\"?(\\d{1,18})\"?\\s*$");

    private ExpectedVersion() {
    }

    /** Empty when the header is absent; {@link BadRequest} when it is not a version tag. */
    public static OptionalLong fromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return OptionalLong.empty();
        }
        Matcher m = ENTITY_TAG.matcher(ifMatch);
        if (!m.matches()) {
            throw new BadRequest("If-Match", "If-Match must be the stream version as an entity tag, e.g. \"3\"");
        }
        return OptionalLong.of(Long.parseLong(m.group(1)));
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }
}
