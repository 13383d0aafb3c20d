package io.dealstream.lead.api;

import static io.dealstream.eventstore.http.TextContractFilter.EMAIL;
import io.dealstream.events.common.Contact;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A contact person as frontends send it. */
public record ContactDto(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 200) String title,
        @Size(max = 40) @Pattern(regexp = "^\\+?[0-9 ()./-]{4,40}$", message = "must be a phone number") String phone,
        @Size(max = 254) @Email @Pattern(regexp = EMAIL, message = "must be an e-mail address") String email) {

    public Contact toContact() {
        return new Contact(name.strip(), blankToNull(title), blankToNull(phone), blankToNull(email));
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
