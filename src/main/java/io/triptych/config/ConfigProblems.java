package io.triptych.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/** Collects every problem of one file, so a user fixes them all in one pass rather than one per run. */
final class ConfigProblems {
    private record Entry(int line, int column, String text) {
    }

    private final Path file;
    private final List<Entry> entries = new ArrayList<>();

    ConfigProblems(Path file) {
        this.file = file;
    }

    /** A problem at a node; SnakeYAML marks are 0-based, users count from 1. */
    void at(Node node, String what, String todo) {
        at(node == null ? null : node.getStartMark(), what, todo);
    }

    void at(Mark mark, String what, String todo) {
        if (mark == null) {
            whole(what, todo);
        } else {
            at(mark.getLine() + 1, mark.getColumn() + 1, what, todo);
        }
    }

    /** A problem found in another file (a clouds.yaml), already a full line; sorted as if it stood at {@code node}. */
    void line(Node node, String text) {
        Mark mark = node == null ? null : node.getStartMark();
        entries.add(mark == null ? new Entry(0, 0, oneLine(text))
                : new Entry(mark.getLine() + 1, mark.getColumn() + 1, oneLine(text)));
    }

    /** Where {@code node} stands, for a check that runs later. */
    FilePosition position(Node node) {
        Mark mark = node.getStartMark();
        return mark == null ? new FilePosition(file, 1, 1)
                : new FilePosition(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    /** A problem at a 1-based line and column. */
    void at(int line, int column, String what, String todo) {
        entries.add(new Entry(line, column, file + ":" + line + ":" + column + ": " + oneLine(what + " — " + todo)));
    }

    /** A problem with the file as a whole (cannot be read, too large): no position applies. */
    void whole(String what, String todo) {
        entries.add(new Entry(0, 0, file + ": " + oneLine(what + " — " + todo)));
    }

    /** A problem is one line: values quoted from the file (or SnakeYAML's words) may hold control characters. */
    private static String oneLine(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (Character.isISOControl(c)) {
                sb.append(String.format("\\u%04x", c));
            } else {
                sb.appendCodePoint(c);
            }
        });
        return sb.toString();
    }

    int count() {
        return entries.size();
    }

    /** Problems are distinct lines: environments sharing a broken clouds.yaml report it once. */
    void throwIfAny() throws ConfigException {
        if (!entries.isEmpty()) {
            throw new ConfigException(entries.stream()
                    .sorted(Comparator.comparingInt(Entry::line).thenComparingInt(Entry::column))
                    .map(Entry::text).distinct().toList());
        }
    }
}
