package io.triptych.config;

import java.util.List;

/**
 * The site file was refused. Each problem is one line a user can act on,
 * {@code FILE:LINE:COLUMN: what is wrong — what to do} (or {@code FILE: …} when no position applies);
 * the message is those lines joined by newlines. Checked, so every caller decides how to show it:
 * never a stack trace.
 */
public final class ConfigException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    public ConfigException(List<String> problems) {
        super(String.join("\n", problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a ConfigException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public ConfigException(String problem) {
        this(List.of(problem));
    }

    /** Every problem found in the file, in file order. */
    public List<String> problems() {
        return problems;
    }
}
