package io.dealstream.lead.domain;

import static io.dealstream.eventstore.domain.Texts.isBlank;
import static io.dealstream.eventstore.domain.DomainRuleViolation.conflict;
import static io.dealstream.eventstore.domain.DomainRuleViolation.unprocessable;

import io.dealstream.events.DomainEvent;
import io.dealstream.events.common.Contact;
import io.dealstream.events.common.Money;
import io.dealstream.events.lead.AccountRegistered;
import io.dealstream.eventstore.Decider;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** Registering a customer account. */
public final class AccountDecider implements Decider<Account, AccountDecider.Register> {

    /** Register a customer with the registration template. */
    public record Register(UUID accountId, String name, String industry, Integer employees, Money annualRevenue,
            List<Contact> contacts) {
    }

    @Override
    public Account initialState() {
        return Account.NONE;
    }

    @Override
    public List<AccountRegistered> decide(Account account, Register r) {
        if (account.exists()) {
            throw conflict("account-exists", "account " + r.accountId() + " already exists");
        }
        if (r.name() == null || r.name().isBlank() || r.industry() == null || r.industry().isBlank()) {
            throw unprocessable("registration-incomplete", "name and industry are required");
        }
        if (r.contacts() == null || r.contacts().isEmpty()) {
            throw unprocessable("contact-required", "register at least one contact person");
        }
        for (Contact c : r.contacts()) {
            if (isBlank(c.email()) && isBlank(c.phone())) {
                throw unprocessable("contact-details-required", "contact " + c.name() + " needs an e-mail or a phone");
            }
        }
        if (r.employees() != null && r.employees() < 0
                || r.annualRevenue() != null && r.annualRevenue().amount().compareTo(BigDecimal.ZERO) < 0) {
            throw unprocessable("size-negative", "employees and annual revenue cannot be negative");
        }
        return List.of(new AccountRegistered(r.accountId(), r.name().strip(), r.industry().strip(), r.employees(),
                r.annualRevenue(), List.copyOf(r.contacts())));
    }

    @Override
    public Account evolve(Account account, DomainEvent event) {
        if (event instanceof AccountRegistered a) {
            return new Account(a.accountId(), a.name(), a.industry(), a.employees(), a.annualRevenue(), a.contacts());
        }
        return account;
    }
}
