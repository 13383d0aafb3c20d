package io.dealstream.lead.domain;

import io.dealstream.events.common.Contact;
import io.dealstream.events.common.Money;
import io.dealstream.events.lead.AccountRegistered;
import io.dealstream.eventstore.testing.DeciderSpec;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Registering a customer account with the registration template, given / when / then. */
class AccountDeciderTest {

    static final UUID ACCOUNT = UUID.fromString("22222222-2222-2222-2222-222222222222");
    static final Contact CONTACT = new Contact("Li Wei", "CTO", null, "li.wei@acme.example");

    final DeciderSpec<Account, AccountDecider.Register> spec = DeciderSpec.of(new AccountDecider());

    static AccountDecider.Register register(String name, String industry, Integer employees, Money revenue,
            List<Contact> contacts) {
        return new AccountDecider.Register(ACCOUNT, name, industry, employees, revenue, contacts);
    }

    @Test
    void registersTheAccountWithItsContacts() {
        spec.when(register(" Acme Rail ", "rail", 250, new Money(new BigDecimal("12000000"), "EUR"), List.of(CONTACT)))
                .then(new AccountRegistered(ACCOUNT, "Acme Rail", "rail", 250, new Money(new BigDecimal("12000000"), "EUR"),
                        List.of(CONTACT)));
    }

    @Test
    void anAccountIsRegisteredOnce() {
        AccountRegistered registered = new AccountRegistered(ACCOUNT, "Acme Rail", "rail", null, null, List.of(CONTACT));
        spec.given(registered).when(register("Acme Rail", "rail", null, null, List.of(CONTACT))).thenRejected("account-exists");
    }

    @Test
    void nameAndIndustryAreRequired() {
        spec.when(register(" ", "rail", null, null, List.of(CONTACT))).thenRejected("registration-incomplete");
        spec.when(register("Acme Rail", null, null, null, List.of(CONTACT))).thenRejected("registration-incomplete");
    }

    @Test
    void atLeastOneReachableContact() {
        spec.when(register("Acme Rail", "rail", null, null, List.of())).thenRejected("contact-required");
        spec.when(register("Acme Rail", "rail", null, null, List.of(new Contact("Li Wei", "CTO", null, null))))
                .thenRejected("contact-details-required");
    }

    @Test
    void sizeCannotBeNegative() {
        spec.when(register("Acme Rail", "rail", -1, null, List.of(CONTACT))).thenRejected("size-negative");
        spec.when(register("Acme Rail", "rail", null, new Money(new BigDecimal("-1"), "EUR"), List.of(CONTACT)))
                .thenRejected("size-negative");
    }
}
