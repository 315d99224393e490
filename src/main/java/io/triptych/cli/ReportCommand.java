package io.triptych.cli;

import io.triptych.live.SiteState;
import io.triptych.history.HistoryStore;
import io.triptych.mask.Masker;
import io.triptych.report.ReportBuilder;
import io.triptych.report.ReportData;
import io.triptych.report.ReportHtml;
import io.triptych.report.ReportText;
import io.triptych.source.Site;
import io.triptych.triage.MessageLookup;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * {@code triptych report --out FILE.html|FILE.png}: fetches every source once (as `status` does), reads
 * what the window remembered (problem since-times, acknowledgements, drift, history) without changing it,
 * and writes the report from the same problems the window and `status` show. The picture needs JavaFX, so the
 * launcher passes a {@link Picture} writer. Exits as {@code status} does ({@link ExitCodes#of}): the report is
 * written either way, and a cron job learns from the code whether it shows problems (1) or a source did not
 * answer (2).
 */
public final class ReportCommand {
    /** Renders a report to a PNG file (JavaFX, offscreen). */
    @FunctionalInterface
    public interface Picture {
        void write(ReportData data, ReportText text, boolean masked, Path out) throws Exception;
    }

    private final Path dataDir;
    private final SiteState state;
    private final Picture picture;
    private final boolean masked;

    /**
     * @param state  what the window remembered (since-times, acknowledgements, drift), read-only
     * @param masked the privacy mask the window remembers: a report made while it is on hides too
     */
    public ReportCommand(Path dataDir, SiteState state, Picture picture, boolean masked) {
        this.dataDir = dataDir;
        this.state = state;
        this.picture = picture;
        this.masked = masked;
    }

    public int run(Site site, Invocation inv, Locale locale, PrintStream out, PrintStream err) throws Exception {
        Path target = inv.out().orElseThrow();
        OptionalInt noFolder = Errors.noFolder(target, err);
        if (noFolder.isPresent()) {
            return noFolder.getAsInt();
        }
        StatusCommand.Fetched fetched = StatusCommand.fetchOnce(site,
                inv.timeout().orElse(StatusCommand.DEFAULT_TIMEOUT), state);
        ReportData data = ReportBuilder.fromFetch(fetched.snapshot(), fetched.problems(),
                Optional.of(HistoryStore.under(dataDir)));
        ReportText text = new ReportText(MessageLookup.bundle(locale), masked ? Masker::mask : s -> s);
        if (target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".html")) {
            write(target, ReportHtml.render(data, text, locale.getLanguage(), masked));
        } else {
            picture.write(data, text, masked, target);
        }
        out.println("triptych: report written to " + target.toAbsolutePath());
        return ExitCodes.of(fetched.snapshot());
    }

    private static void write(Path target, String html) throws IOException {
        Files.writeString(target, html, StandardCharsets.UTF_8);
    }
}
