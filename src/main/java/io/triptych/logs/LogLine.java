package io.triptych.logs;

import java.util.List;

/**
 * One line as the viewer shows it.
 *
 * @param number  1 for the first line read, counting on through dropped lines
 * @param section the innermost section the line sits in, or null
 * @param header  the section this line opens (GitLab's section header), or null
 */
public record LogLine(long number, String text, List<StyledSpan> spans, LogSection section, LogSection header) {

    public static LogLine plain(long number, String text) {
        return new LogLine(number, text, List.of(new StyledSpan(0, text.length(), Style.PLAIN)), null, null);
    }

    /** Hidden by a folded section: a header stays visible unless a section around it is folded. */
    public boolean hidden() {
        LogSection around = header != null ? header.parent() : section;
        return around != null && around.folded();
    }
}
