package io.triptych.cli;

import io.triptych.domain.SiteSnapshot;
import io.triptych.history.HistoryStore;
import io.triptych.mask.Masker;
import io.triptych.report.ReportBuilder;
import io.triptych.report.ReportData;
import io.triptych.report.ReportHtml;
import io.triptych.report.ReportText;
import io.triptych.source.Site;
import io.triptych.triage.MessageLookup;
import io.triptych.triage.ProblemMemory;
import io.triptych.triage.TriageBoard;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code triptych report --out FILE.html|FILE.png}: fetches every source once (as `status` does), reads
 * what the window remembered (problem since-times, acknowledgements, history) without changing it, and
 * writes the report. The picture needs JavaFX, so the launcher passes a {@link Picture} writer.
 */
public final class ReportCommand {
    /** Renders a report to a PNG file (JavaFX, offscreen). */
    @FunctionalInterface
    public interface Picture {
        void write(ReportData data, ReportText text, boolean masked, Path out) throws Exception;
    }

    private final Path dataDir;
    private final Picture picture;
    private final boolean masked;

    /** @param masked the privacy mask the window remembers: a report made while it is on hides too */
    public ReportCommand(Path dataDir, Picture picture, boolean masked) {
        this.dataDir = dataDir;
        this.picture = picture;
        this.masked = masked;
    }

    public int run(Site site, Invocation inv, Locale locale, PrintStream out, PrintStream err) throws Exception {
        Path target = inv.out().orElseThrow();
        Path dir = target.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            return Errors.print(List.of("triptych: no such folder: " + dir + " (create it or choose another --out)"),
                    err);
        }
        SiteSnapshot snapshot = StatusCommand.fetchOnce(site, inv.timeout().orElse(StatusCommand.DEFAULT_TIMEOUT));
        TriageBoard board = new TriageBoard(ProblemMemory.readOnly(dataDir));
        board.load();
        ReportData data = ReportBuilder.fromFetch(snapshot, board, Optional.of(HistoryStore.under(dataDir)));
        ReportText text = new ReportText(MessageLookup.bundle(locale), masked ? Masker::mask : s -> s);
        if (target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".html")) {
            write(target, ReportHtml.render(data, text, locale.getLanguage(), masked));
        } else {
            picture.write(data, text, masked, target);
        }
        out.println("triptych: report written to " + target.toAbsolutePath());
        return ExitCodes.OK;
    }

    private static void write(Path target, String html) throws IOException {
        Files.writeString(target, html, StandardCharsets.UTF_8);
    }
}
