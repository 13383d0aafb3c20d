package io.dealstream.events;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The payload schema version of an event record whose contract broke since v1. Every older version
 * has an upcaster in {@link Upcasters}; its frozen schema stays published beside the current one.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface SchemaVersion {
    int value();
}
