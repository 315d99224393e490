package io.triptych.config.clouds;

import io.triptych.config.OpenStackConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The problems of one cloud, across the files it comes from (site file, clouds.yaml, secure.yaml), each
 * one line: {@code FILE:LINE:COLUMN: what — what to do}. Callers never pass a secret value into a line.
 */
final class CloudsProblems {
    /** {@code where} is the file's name, the sort key of its group; line 0 for a file as a whole. */
    private record Entry(String where, int line, int column, String text) {
    }

    private final Path home;
    private final List<Entry> entries = new ArrayList<>();

    CloudsProblems(Path home) {
        this.home = home;
    }

    /** A problem at a node of a YAML file; SnakeYAML marks are 0-based, users count from 1. */
    void at(Path file, Node node, String what, String todo) {
        at(file, node == null ? null : node.getStartMark(), what, todo);
    }

    void at(Path file, Mark mark, String what, String todo) {
        if (mark == null) {
            whole(file, what, todo);
        } else {
            at(file.toString(), mark.getLine() + 1, mark.getColumn() + 1, what + " — " + todo);
        }
    }

    /** A problem with a whole file (unreadable, too large). */
    void whole(Path file, String what, String todo) {
        add(new Entry(file.toString(), 0, 0, file + ": " + what + " — " + todo));
    }

    /** A problem with the environment's {@code cloud:} itself, at its place in the site file when known. */
    void site(OpenStackConfig config, String what, String todo) {
        config.cloudAt().ifPresentOrElse(
                at -> at(at.file().toString(), at.line(), at.column(), what + " — " + todo),
                () -> add(new Entry("", 0, 0, what + " — " + todo)));
    }

    void at(String file, int line, int column, String rest) {
        add(new Entry(file, line, column, file + ":" + line + ":" + column + ": " + rest));
    }

    int count() {
        return entries.size();
    }

    /** The problems, each file's together (in the order the files were met), in line order within it. */
    List<String> lines() {
        List<String> files = entries.stream().map(Entry::where).distinct().toList();
        return entries.stream()
                .sorted(Comparator.comparingInt((Entry e) -> files.indexOf(e.where()))
                        .thenComparingInt(Entry::line).thenComparingInt(Entry::column))
                .map(Entry::text).toList();
    }

    String show(Path path) {
        return show(path, home);
    }

    /** A path as a user would type it: {@code ~/.config/openstack/clouds.yaml}. */
    static String show(Path path, Path home) {
        Path p = path.toAbsolutePath().normalize();
        Path h = home.toAbsolutePath().normalize();
        return p.startsWith(h) && !p.equals(h) ? "~/" + h.relativize(p) : p.toString();
    }

    /** Made one line (names quoted from a file may hold control characters); a repeated problem is kept once. */
    private void add(Entry entry) {
        String text = entry.text();
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\n') {
                sb.append("\\n");
            } else if (Character.isISOControl(c)) {
                sb.append(String.format("\\u%04x", c));
            } else {
                sb.appendCodePoint(c);
            }
        });
        Entry clean = new Entry(entry.where(), entry.line(), entry.column(), sb.toString());
        if (!entries.contains(clean)) {
            entries.add(clean);
        }
    }
}
