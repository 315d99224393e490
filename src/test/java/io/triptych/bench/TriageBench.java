package io.triptych.bench;

import io.triptych.demo.DemoSite;
import io.triptych.domain.EnvironmentSnapshot;
import io.triptych.domain.SiteSnapshot;
import io.triptych.history.HistoryStore;
import io.triptych.history.SnapshotDiff;
import io.triptych.history.Transition;
import io.triptych.live.LiveSettings;
import io.triptych.live.LiveSite;
import io.triptych.mask.Masker;
import io.triptych.report.ReportBuilder;
import io.triptych.report.ReportHtml;
import io.triptych.report.ReportText;
import io.triptych.source.Site;
import io.triptych.triage.DriftTable;
import io.triptych.triage.MessageLookup;
import io.triptych.triage.TriageBoard;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executors;

/**
 * Costs of the triage layer on demo snapshots: problems board update per environment snapshot (worker
 * thread), drift of the three environments, one report page, the same page masked, and history diff +
 * append. Prints medians in microseconds.
 *
 *   java -cp 'target/test-classes:target/classes:target/lib/*' io.triptych.bench.TriageBench [--scale 1] [--runs 200]
 */
public final class TriageBench {
    public static void main(String[] args) throws Exception {
        int scale = intArg(args, "--scale", 1);
        int runs = intArg(args, "--runs", 200);
        Site site = DemoSite.create(42, Clock.systemUTC(), scale);
        var scheduler = Executors.newSingleThreadScheduledExecutor();
        var workers = Executors.newCachedThreadPool();
        LiveSite live = new LiveSite(site, LiveSettings.of(site.refresh()), scheduler, workers);
        SiteSnapshot snap = live.fetchOnce(Duration.ofSeconds(60));
        scheduler.shutdownNow();
        workers.shutdownNow();
        List<EnvironmentSnapshot> envs = snap.environments();
        int items = envs.stream().mapToInt(e -> e.sections().stream().mapToInt(s -> s.items().size()).sum()).sum();
        Path dir = Files.createTempDirectory("triage-bench");
        TriageBoard board = new TriageBoard(null);
        ReportText text = new ReportText(MessageLookup.bundle(Locale.FRENCH), s -> s);
        ReportText masked = new ReportText(MessageLookup.bundle(Locale.FRENCH), Masker::mask);
        var data = ReportBuilder.fromFetch(snap, live.problems(), Optional.empty());
        HistoryStore store = new HistoryStore(dir, 14);
        System.out.printf("scale %d: %d items in 3 environments, %d problems, %d drift rows%n", scale, items,
                data.problems().size(), data.drift().size());
        report("board update, one environment", runs, () -> board.update(envs.get(2)));
        report("drift, three environments", runs, () -> DriftTable.compare(envs));
        report("report HTML (fr)", runs, () -> ReportHtml.render(data, text, "fr", false));
        report("report HTML (fr), masked", Math.max(5, runs / 10), () -> ReportHtml.render(data, masked, "fr", true));
        Transition t = new Transition(snap.generatedAt(), "production", "servers", "fsgs-prod-db-01", "k", "BUILD",
                "ACTIVE");
        report("history: diff of two snapshots", runs, () -> SnapshotDiff.between(envs.get(2), envs.get(2)));
        report("history: append one transition", runs, () -> {
            try {
                store.record(t);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
        System.out.printf("report page: %d bytes%n", ReportHtml.render(data, text, "fr", false).length());
    }

    private static void report(String what, int runs, Runnable r) {
        for (int i = 0; i < Math.min(50, runs); i++) {
            r.run();
        }
        long[] t = new long[runs];
        for (int i = 0; i < runs; i++) {
            long s = System.nanoTime();
            r.run();
            t[i] = System.nanoTime() - s;
        }
        Arrays.sort(t);
        System.out.printf("%-40s median %8.1f µs   p90 %8.1f µs%n", what, t[runs / 2] / 1e3, t[runs * 9 / 10] / 1e3);
    }

    private static int intArg(String[] args, String name, int dflt) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return dflt;
    }
}
