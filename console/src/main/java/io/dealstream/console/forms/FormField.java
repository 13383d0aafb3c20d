package io.dealstream.console.forms;

import java.util.List;

/**
 * One field of a command's form, derived from the operation's published request schema. {@code name} is the
 * field's path as the services name it in a 400 answer ({@code contact.email}, {@code questions[0].text}), so
 * an error is shown next to the field it names.
 */
public record FormField(String name, String label, String help, Kind kind, boolean required, List<String> options,
        List<FormField> children, int minRows) {

    public enum Kind {
        TEXT, LONG_TEXT, INTEGER, NUMBER, YES_NO, CHOICE, DATE, DATE_TIME, LINES, GROUP, ROWS
    }

    /** The name with an index in place of the row placeholder, e.g. {@code questions[2].text}. */
    FormField inRow(String rowsName, int index) {
        String prefix = rowsName + "[" + index + "]";
        return new FormField(prefix + name.substring(rowsName.length() + ROW.length()), label, help, kind, required,
                options, children == null ? null : children.stream().map(c -> c.inRow(rowsName, index)).toList(), minRows);
    }

    /** The same with the template's placeholder {@code __i__} as the index; console.js replaces it. */
    FormField inRowPlaceholder(String rowsName) {
        String prefix = rowsName + "[__i__]";
        return new FormField(prefix + name.substring(rowsName.length() + ROW.length()), label, help, kind, required,
                options, children == null ? null : children.stream().map(c -> c.inRowPlaceholder(rowsName)).toList(), minRows);
    }

    /** Placeholder of a row's index in the names of a ROWS field's children. */
    static final String ROW = "[#]";
}
