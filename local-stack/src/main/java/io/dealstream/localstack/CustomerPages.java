package io.dealstream.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A customer's browser without a browser: opens a link's page and sends its form, with no account and no token
 * but the link's own (the tests' REST client would add a staff token).
 */
public final class CustomerPages {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final URI base;

    /** {@code base}: the service the links point to. */
    public CustomerPages(URI base) {
        this.base = base;
    }

    /** The token of a link's address. */
    public static String token(String url) {
        return url.substring(url.indexOf("/links/") + "/links/".length());
    }

    public HttpResponse<String> open(String token) {
        return send(HttpRequest.newBuilder(base.resolve("/links/" + token)).GET().build());
    }

    /** Sends the page's form as a phone's browser would (its user agent is part of the evidence). */
    public HttpResponse<String> submit(String token, Map<String, String> form) {
        String body = form.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(),
                StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(base.resolve("/links/" + token))
                .header("Content-Type", "application/x-www-form-urlencoded").header("User-Agent", "Phone Browser 1.0")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
