package io.dealstream.eventstore.http;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.OptionalLong;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * What every command on an existing stream takes besides its body, as one {@code @BeanParam}: the
 * optimistic-concurrency {@code If-Match}, and what {@link CreateHeaders} has.
 */
public class CommandHeaders extends CreateHeaders {

    @HeaderParam(HttpHeaders.IF_MATCH)
    @Parameter(description = "The stream version the change is based on (the ETag of the last read); a stale one "
            + "is answered 409 concurrency-conflict")
    String ifMatch;

    /** From If-Match: empty when absent, {@link BadRequest} when it is not a version tag. */
    public OptionalLong expectedVersion() {
        return ExpectedVersion.fromIfMatch(ifMatch);
    }
}
