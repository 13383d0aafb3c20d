package io.dealstream.events.common;

import java.util.List;

/** How the customer decides: the steps and the key people. */
public record DecisionProcess(List<String> steps, List<KeyPerson> keyPeople) {
}
