package io.triptych.ui.runs;

import io.triptych.iac.RunEvent;
import io.triptych.iac.Sgr;
import java.util.List;

/** A line of a run console, its colours already parsed (off the FX thread). */
public record ConsoleLine(List<Sgr.Span> spans, RunEvent.Level level) {

    public static ConsoleLine of(String text, RunEvent.Level level) {
        return new ConsoleLine(List.copyOf(Sgr.parse(text)), level);
    }

    public String text() {
        StringBuilder sb = new StringBuilder();
        spans.forEach(s -> sb.append(s.text()));
        return sb.toString();
    }
}
