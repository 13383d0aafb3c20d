package io.dealstream.events.delivery;

import java.time.LocalDate;

/** A delivery milestone: name, date, owner, deliverable. */
public record Milestone(String milestoneId, String name, LocalDate dueAt, String owner, String deliverable) {
}
