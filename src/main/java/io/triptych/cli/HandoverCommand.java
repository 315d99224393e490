package io.triptych.cli;

import io.triptych.handover.HandoverBuilder;
import io.triptych.handover.HandoverData;
import io.triptych.handover.HandoverHtml;
import io.triptych.handover.HandoverMarkdown;
import io.triptych.handover.HandoverPost;
import io.triptych.handover.HandoverText;
import io.triptych.history.HistoryStore;
import io.triptych.iac.RunStore;
import io.triptych.iac.SecretMasker;
import io.triptych.live.SiteState;
import io.triptych.source.Site;
import io.triptych.team.IncidentTracker;
import io.triptych.team.Team;
import io.triptych.team.TeamException;
import io.triptych.text.OneLine;
import io.triptych.triage.MessageLookup;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * {@code triptych handover --since 12h --out FILE.html|FILE.md [--lang] [--post]}: fetches every source once
 * (as {@code report} does), gathers the period's handover — the team's open incidents when the site has a
 * tracker, the runs, the changes, the health — and writes it in the format the file's extension names. With
 * {@code --post}, also posts the Markdown as a note on the team's handover issue ({@link HandoverPost}) and
 * prints its address. The tracker is the site's ({@link Site#team()}: the site file's team block, the demo's).
 * Exits as {@code status} does; 2 when the post is refused (no team block, read-only: before anything is
 * fetched) or fails (after the file is written).
 */
public final class HandoverCommand {
    private final Path dataDir;
    private final SiteState state;
    private final RunStore runs;
    private final boolean masked;
    private final Map<String, String> environment;

    /**
     * @param state       what the window remembered (since-times, acknowledgements, drift), read-only
     * @param masked      the privacy mask the window remembers
     * @param environment the process environment: the values of its secret-named variables never go out
     */
    public HandoverCommand(Path dataDir, SiteState state, RunStore runs, boolean masked,
                           Map<String, String> environment) {
        this.dataDir = dataDir;
        this.state = state;
        this.runs = runs;
        this.masked = masked;
        this.environment = Map.copyOf(environment);
    }

    public int run(Site site, Invocation inv, Locale locale, PrintStream out, PrintStream err) throws Exception {
        Path target = inv.out().orElseThrow();
        OptionalInt noFolder = Errors.noFolder(target, err);
        if (noFolder.isPresent()) {
            return noFolder.getAsInt();
        }
        Optional<IncidentTracker> tracker = site.team().map(Team::tracker);
        if (inv.post() && tracker.isEmpty()) {
            return Errors.print(List.of("triptych: --post needs a team: block in the site file (url, project,"
                    + " token-env): there is no team handover issue to post to; the file alone needs no --post"), err);
        }
        if (inv.post() && inv.readOnly()) {
            return Errors.print(List.of("triptych: --post writes a note on the team's handover issue, which"
                    + " --read-only refuses; drop one of the two"), err);
        }
        Duration period = inv.since().orElseThrow();
        StatusCommand.Fetched fetched = StatusCommand.fetchOnce(site,
                inv.timeout().orElse(StatusCommand.DEFAULT_TIMEOUT), state);
        HandoverData data = new HandoverBuilder(Optional.of(HistoryStore.under(dataDir)), Optional.of(runs), tracker)
                .build(site.name(), site.demo(), fetched.snapshot().generatedAt(), period,
                        fetched.snapshot().environments(), fetched.problems());
        HandoverText text = new HandoverText(MessageLookup.bundle(locale),
                HandoverText.mask(SecretMasker.forEnvironment(environment, List.of()), masked), masked);
        boolean html = target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".html");
        String markdown = HandoverMarkdown.render(data, text);
        Files.writeString(target, html ? HandoverHtml.render(data, text, locale.getLanguage()) : markdown,
                StandardCharsets.UTF_8);
        out.println("triptych: handover written to " + target.toAbsolutePath());
        if (!data.teamError().isEmpty()) {
            err.println("triptych: team tracker not read: " + text.masked(data.teamError())
                    + " (the handover lists this console's problems instead)");
        }
        if (inv.post()) {
            try {
                String url = HandoverPost.post(tracker.get(), data, markdown);
                out.println("triptych: handover posted: " + url);
            } catch (TeamException | RuntimeException e) {
                return Errors.print(List.of("triptych: handover not posted: " + text.masked(OneLine.of(e))), err);
            }
        }
        int code = ExitCodes.of(fetched.snapshot());
        return data.teamError().isEmpty() ? code : ExitCodes.UNREACHABLE_OR_REFUSED;
    }
}
