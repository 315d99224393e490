package io.triptych.ui.runs;

import io.triptych.iac.RunEvent;
import io.triptych.logs.AnsiPalette;
import io.triptych.logs.AnsiParser;
import io.triptych.logs.LogIngest;
import io.triptych.logs.LogLine;
import io.triptych.logs.LogSection;
import io.triptych.logs.StyledSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * A line of a run console, its colours already parsed (off the FX thread) by the log viewer's
 * {@link AnsiParser}. The console keeps its own 16-colour look: a span carries the basic colour's index;
 * 256-colour and truecolor text shows in the default colour. Each line starts plain. A CI job's line keeps the
 * GitLab section it sits in ({@code section}) or opens ({@code header}), read by the Log window's
 * {@link LogIngest}, so the console folds it the same way; a line the run itself says ({@code notice}) is worded
 * by the view in the user's language.
 */
public record ConsoleLine(List<Span> spans, RunEvent.Level level, LogSection section, LogSection header,
                          RunEvent.Notice notice) {
    /** A run of text in one style; {@code foreground} is a basic colour 0–15, or -1 for the default. */
    public record Span(String text, int foreground, boolean bold) {
    }

    public ConsoleLine {
        spans = List.copyOf(spans);
    }

    public static ConsoleLine of(String text, RunEvent.Level level) {
        AnsiParser.Parsed parsed = new AnsiParser().parse(text);
        return new ConsoleLine(spans(parsed.text(), parsed.spans()), level, null, null, null);
    }

    /** A line read by a {@link LogIngest}, with the section it sits in or opens. */
    public static ConsoleLine of(LogLine line, RunEvent.Level level) {
        return new ConsoleLine(spans(line.text(), line.spans()), level, line.section(), line.header(), null);
    }

    /** A line the run says; its English text until the view words it. */
    public static ConsoleLine of(RunEvent.Notice notice) {
        return new ConsoleLine(List.of(new Span(notice.text(), -1, false)), RunEvent.Level.NORMAL, null, null, notice);
    }

    /** Lines as a console shows them: section markers read into folds, marker-only lines gone. */
    public static List<ConsoleLine> read(LogIngest ingest, String text, RunEvent.Level level) {
        List<ConsoleLine> out = new ArrayList<>(1);
        ingest.ingest(List.of(text)).forEach(l -> out.add(of(l, level)));
        return out;
    }

    private static List<Span> spans(String text, List<StyledSpan> styled) {
        List<Span> spans = new ArrayList<>(styled.size());
        for (StyledSpan s : styled) {
            spans.add(new Span(text.substring(s.start(), s.end()), AnsiPalette.basicIndex(s.style().foreground()),
                    s.style().bold()));
        }
        return spans;
    }

    /** Hidden by a folded section, as in the Log window. */
    public boolean hidden() {
        return new LogLine(0, "", List.of(), section, header).hidden();
    }

    public String text() {
        StringBuilder sb = new StringBuilder();
        spans.forEach(s -> sb.append(s.text()));
        return sb.toString();
    }
}
