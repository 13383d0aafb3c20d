package io.dealstream.events.privacy;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a string field that holds a person's data. It is stored and published encrypted with its data
 * subject's key ({@link PersonalDataCipher}); erasing the subject deletes the key, so every copy of the
 * field, in every event store and on every topic, becomes unreadable while the events stay append-only.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface PersonalData {
}
