package io.triptych.ui.runs;

import io.triptych.iac.RunEvent;
import io.triptych.logs.AnsiParser;
import io.triptych.logs.LogIngest;
import io.triptych.logs.LogLine;
import io.triptych.ui.console.ConsoleLine;
import io.triptych.ui.i18n.I18n;
import java.util.ArrayList;
import java.util.List;

/**
 * A run's output as console lines, parsed off the FX thread by the one ANSI parser ({@link AnsiParser}, through
 * {@link LogIngest}): each line starts plain (a tool's colours end with its line); a CI job's GitLab sections
 * fold as in the job's Log window; errors and warnings of the run take the error and warning tone; a line the
 * run itself says ({@link RunEvent.Notice}) is worded in the user's language when drawn.
 */
final class RunLines {
    private RunLines() {
    }

    /** Lines as a console shows them: section markers read into folds, marker-only lines gone. */
    static List<ConsoleLine> read(LogIngest ingest, String text, RunEvent.Level level) {
        List<ConsoleLine> out = new ArrayList<>(1);
        for (LogLine l : ingest.ingest(List.of(text))) {
            out.add(new ConsoleLine(l, tone(level), null));
        }
        return out;
    }

    /** One line of the run's own (the command it starts, an error reading the log), colours parsed. */
    static ConsoleLine of(String text, RunEvent.Level level) {
        AnsiParser.Parsed p = new AnsiParser().parse(text);
        return new ConsoleLine(new LogLine(0, p.text(), p.spans(), null, null), tone(level), null);
    }

    /** A line the run says; its English text until the view words it. */
    static ConsoleLine of(RunEvent.Notice notice) {
        return new ConsoleLine(LogLine.plain(0, notice.text()), ConsoleLine.Tone.NORMAL, i18n -> words(i18n, notice));
    }

    /** The notice in the user's language ({@code runs.ci.notice.<key>}), its English text if no bundle has it. */
    static String words(I18n i18n, RunEvent.Notice n) {
        String w = i18n.get("runs.ci.notice." + n.key(), n.args().toArray());
        return w.startsWith("⟦") ? n.text() : w;
    }

    private static ConsoleLine.Tone tone(RunEvent.Level level) {
        return level == RunEvent.Level.ERROR ? ConsoleLine.Tone.ERROR
                : level == RunEvent.Level.WARNING ? ConsoleLine.Tone.WARNING : ConsoleLine.Tone.NORMAL;
    }
}
