package io.triptych.ui.console;

import io.triptych.logs.LogLine;
import io.triptych.logs.LogSection;
import io.triptych.logs.StyledSpan;
import io.triptych.ui.i18n.I18n;
import java.util.List;

/**
 * One line of a console (the Log window, a run console, the run history): the parsed line (text, colours, the
 * GitLab section it sits in or opens), its tone (a run's error and warning lines), and, for a line the program
 * itself says, how to word it in the user's language.
 *
 * @param wording null for a line shown as it was read
 */
public record ConsoleLine(LogLine line, Tone tone, Wording wording) {
    /** How a line reads when its text has no colour of its own. */
    public enum Tone { NORMAL, WARNING, ERROR }

    /** The words of a line the program says, in the user's language at the time it is drawn. */
    @FunctionalInterface
    public interface Wording {
        String in(I18n i18n);
    }

    public ConsoleLine {
        if (line == null || tone == null) {
            throw new IllegalArgumentException("a console line needs its line and tone");
        }
    }

    /** A line as it was read, in the default tone. */
    public static ConsoleLine of(LogLine line) {
        return new ConsoleLine(line, Tone.NORMAL, null);
    }

    public String text() {
        return line.text();
    }

    public List<StyledSpan> spans() {
        return line.spans();
    }

    public LogSection section() {
        return line.section();
    }

    public LogSection header() {
        return line.header();
    }

    /** Hidden by a folded section. */
    public boolean hidden() {
        return line.hidden();
    }

    /** What the line says in the user's language: its wording, else its text. */
    public String words(I18n i18n) {
        return wording == null ? line.text() : wording.in(i18n);
    }
}
