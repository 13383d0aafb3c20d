package io.dealstream.events.needs;

/** A question of the research outline, on one of the four themes. */
public record ResearchQuestion(Theme theme, String text, Kind kind) {

    public enum Theme {
        CURRENT_STATE,
        GOAL,
        OBSTACLE,
        BUDGET
    }

    public enum Kind {
        OPEN,
        CLOSED
    }
}
