package io.dealstream.eventstore.http;

import io.dealstream.events.common.Signature;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * One side's signature in a request (needs confirmation, minutes, contract, acceptance). Both sides sign: the
 * list needs a CUSTOMER and an OURS signatory (422 both-sides-sign). {@code signedAt} defaults to the server's
 * time and is accepted only inside the client-time window; a PAPER signature names its documentRef.
 */
public record SignatureDto(@NotNull Signature.Side side, @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 200) String role, Instant signedAt, @NotNull Signature.Method method,
        @Size(max = 200) String documentRef) {

    public Signature toSignature() {
        return new Signature(side, name, role, signedAt, method, documentRef);
    }

    public static List<Signature> toSignatures(List<SignatureDto> dtos) {
        return dtos == null ? List.of() : dtos.stream().map(SignatureDto::toSignature).toList();
    }
}
