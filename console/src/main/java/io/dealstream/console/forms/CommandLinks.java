package io.dealstream.console.forms;

import io.dealstream.console.services.Service;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The console's addresses of a command: its form (GET) and where the form is sent (POST). */
public final class CommandLinks {

    private CommandLinks() {
    }

    /**
     * The form of the command published at {@code path} for one opportunity; {@code extra} prefills path
     * parameters, e.g. {@code &round=2}.
     */
    public static String form(Service service, String path, Object opportunityId, String extra) {
        return "/commands/" + service.key() + "/form?opportunity=" + opportunityId + "&path=" + encode(path) + extra;
    }

    /** Where a command's form is sent; {@code opportunityId} null for a command that creates. */
    static String send(Service service, String path, Object opportunityId) {
        return "/commands/" + service.key() + "?path=" + encode(path) + (opportunityId == null ? "" : "&opportunity=" + opportunityId);
    }

    private static String encode(String path) {
        return URLEncoder.encode(path, StandardCharsets.UTF_8);
    }
}
