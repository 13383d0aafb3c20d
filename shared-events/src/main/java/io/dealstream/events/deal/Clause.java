package io.dealstream.events.deal;

/** A contract clause. */
public record Clause(String title, String text) {
}
