package io.dealstream.eventstore.http;

import java.util.Arrays;

/**
 * Query parameters as strings, checked here, so an unknown value is a 400 naming the parameter
 * (JAX-RS would answer a failed query-parameter conversion with 404).
 */
public final class QueryParams {

    private QueryParams() {
    }

    /** The enum constant's name, null when absent, {@link BadRequest} when unknown. */
    public static <E extends Enum<E>> String enumName(Class<E> type, String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip()).name();
        } catch (IllegalArgumentException e) {
            throw new BadRequest(parameter, "unknown value '" + value + "'; allowed: "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }
}
