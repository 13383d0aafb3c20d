package io.dealstream.events.deal;

/** A prepared concession: what we give and what we get for it. */
public record Concession(String give, String get) {
}
