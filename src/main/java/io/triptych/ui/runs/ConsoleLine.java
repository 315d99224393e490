package io.triptych.ui.runs;

import io.triptych.iac.RunEvent;
import io.triptych.logs.AnsiPalette;
import io.triptych.logs.AnsiParser;
import io.triptych.logs.StyledSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * A line of a run console, its colours already parsed (off the FX thread) by the log viewer's
 * {@link AnsiParser}. The console keeps its own 16-colour look: a span carries the basic colour's index;
 * 256-colour and truecolor text shows in the default colour. Each line starts plain.
 */
public record ConsoleLine(List<Span> spans, RunEvent.Level level) {
    /** A run of text in one style; {@code foreground} is a basic colour 0–15, or -1 for the default. */
    public record Span(String text, int foreground, boolean bold) {
    }

    public ConsoleLine {
        spans = List.copyOf(spans);
    }

    public static ConsoleLine of(String text, RunEvent.Level level) {
        AnsiParser.Parsed parsed = new AnsiParser().parse(text);
        List<Span> spans = new ArrayList<>(parsed.spans().size());
        for (StyledSpan s : parsed.spans()) {
            spans.add(new Span(parsed.text().substring(s.start(), s.end()),
                    AnsiPalette.basicIndex(s.style().foreground()), s.style().bold()));
        }
        return new ConsoleLine(spans, level);
    }

    public String text() {
        StringBuilder sb = new StringBuilder();
        spans.forEach(s -> sb.append(s.text()));
        return sb.toString();
    }
}
