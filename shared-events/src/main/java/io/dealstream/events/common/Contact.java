package io.dealstream.events.common;

import io.dealstream.events.Nullable;
import io.dealstream.events.privacy.PersonalData;

/** A contact person of a customer (personal data: erasable). */
public record Contact(@PersonalData String name, @Nullable @PersonalData String title,
        @Nullable @PersonalData String phone, @Nullable @PersonalData String email) {
}
