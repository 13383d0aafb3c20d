package io.dealstream.lead.domain;

import io.dealstream.events.common.Contact;
import io.dealstream.events.common.Money;
import java.util.List;
import java.util.UUID;

/** A registered customer (the customer-registration template's company part). */
public record Account(UUID id, String name, String industry, Integer employees, Money annualRevenue,
        List<Contact> contacts) {

    public static final Account NONE = new Account(null, null, null, null, null, List.of());

    public boolean exists() {
        return id != null;
    }
}
