package io.dealstream.events.common;

import io.dealstream.events.Nullable;

/** A contact person of a customer (personal data: erasable). */
public record Contact(String name, @Nullable String title, @Nullable String phone, @Nullable String email) {
}
