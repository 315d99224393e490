package io.triptych.iac.plan;

import java.util.List;

/**
 * What Ansible's {@code --diff} printed for one task on one host: the unified diff lines (colours removed),
 * and the host's result word ({@code changed}, {@code ok}, {@code failed}…).
 */
public record HostDiff(String task, String host, String status, List<String> lines) {
    public HostDiff {
        lines = List.copyOf(lines);
    }

    /** Lines added and removed, hunk headers and file names left out. */
    public int added() {
        return (int) lines.stream().filter(l -> l.startsWith("+") && !l.startsWith("+++")).count();
    }

    public int removed() {
        return (int) lines.stream().filter(l -> l.startsWith("-") && !l.startsWith("---")).count();
    }
}
