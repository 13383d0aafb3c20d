package io.dealstream.console.forms;

import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
        return inRow(rowsName, String.valueOf(index));
    }

    /** The same with the template's placeholder {@code __i__} as the index; console.js replaces it. */
    FormField inRowPlaceholder(String rowsName) {
        return inRow(rowsName, "__i__");
    }

    private FormField inRow(String rowsName, String index) {
        String prefix = rowsName + "[" + index + "]";
        return new FormField(prefix + name.substring(rowsName.length() + ROW.length()), label, help, kind, required,
                options, children == null ? null : children.stream().map(c -> c.inRow(rowsName, index)).toList(), minRows);
    }

    /** The row indices submitted for the ROWS field {@code rowsName} (at most three digits each), in order. */
    static SortedSet<Integer> submittedRows(String rowsName, Collection<String> names) {
        Pattern row = Pattern.compile(Pattern.quote(rowsName) + "\\[(\\d{1,3})]\\..*");
        SortedSet<Integer> out = new TreeSet<>();
        for (String name : names) {
            Matcher m = row.matcher(name);
            if (m.matches()) {
                out.add(Integer.parseInt(m.group(1)));
            }
        }
        return out;
    }

    /** Placeholder of a row's index in the names of a ROWS field's children. */
    static final String ROW = "[#]";
}
