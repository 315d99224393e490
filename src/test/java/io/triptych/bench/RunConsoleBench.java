package io.triptych.bench;

import io.triptych.iac.Binaries;
import io.triptych.iac.CancelPolicy;
import io.triptych.iac.IacPaths;
import io.triptych.iac.IacTarget;
import io.triptych.iac.LaunchOptions;
import io.triptych.iac.OsProcessLauncher;
import io.triptych.iac.RunAction;
import io.triptych.iac.RunLauncher;
import io.triptych.iac.RunServices;
import io.triptych.ui.i18n.I18n;
import io.triptych.ui.i18n.Language;
import io.triptych.ui.runs.RunConsoleViewModel;
import io.triptych.ui.runs.RunConsoleWindow;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * A run printing N lines (default 100,000) at full speed into a shown run console: the real pipeline (an OS
 * process — awk writing Ansible-like coloured lines —, masker, log file, parser, queue) and the real window
 * (drained ten times a second into the one console view, which shows the lines within a time budget per pulse).
 * Prints, on the FX thread: each drain's time, each pump's time (the per-pulse move of lines into the list), the
 * FX-thread CPU time per pulse (load-insensitive), the gaps between pulses (an AnimationTimer keeps pulses
 * coming; a stall is a gap over 50 ms); the time until every line was drained; the line cells alive; the heap
 * after a full GC with the console still open.
 *
 * <p>Run by bench/run.sh (part {@code runs}) under Monocle headless.
 */
public final class RunConsoleBench {
    private RunConsoleBench() {
    }

    public static void main(String[] args) throws Exception {
        int lines = args.length > 1 && args[0].equals("--lines") ? Integer.parseInt(args[1]) : 100_000;
        Path data = Files.createTempDirectory("triptych-bench-runs");
        String awk = "BEGIN { for (i = 0; i < " + lines + "; i++) printf \"\\033[0;32mok: [fsgs-pp-host-%03d]\\033[0m"
                + " TASK line %d password=hunter2 changed=false\\n\", i % 50, i; "
                + "print \"PLAY RECAP ****\"; print \"host-1 : ok=1 changed=0 unreachable=0 failed=0\" }";
        IacTarget target = new IacTarget("bench", Optional.empty(), Optional.of(new io.triptych.config.AnsibleConfig(
                data, Optional.empty(), Optional.empty())), Map.of(), List.of(),
                (cmd, dir, env) -> new OsProcessLauncher().start(List.of("awk", awk), dir, env), Binaries.forSystem());
        RunLauncher launcher = new RunLauncher(RunServices.at(new IacPaths(data.resolve("data"), data.resolve("locks")),
                Clock.systemUTC(), CancelPolicy.DEFAULT), Executors.newCachedThreadPool(), Map.of(), false);

        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.runLater(() -> javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet())); // as the window has
        List<Long> gaps = Collections.synchronizedList(new ArrayList<>());
        List<Long> drains = Collections.synchronizedList(new ArrayList<>());
        List<Long> drainCpu = Collections.synchronizedList(new ArrayList<>());
        List<Long> pumps = Collections.synchronizedList(new ArrayList<>());
        List<Long> fxCpu = Collections.synchronizedList(new ArrayList<>());
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] lastCpu = {0};
        RunConsoleWindow[] window = new RunConsoleWindow[1];
        RunConsoleViewModel model = new RunConsoleViewModel("bench", RunAction.RUN, Clock.systemUTC().instant());
        CountDownLatch shown = new CountDownLatch(1);
        long[] last = {0};
        long[] lastDrain = {0};
        Platform.runLater(() -> {
            RunConsoleWindow w = new RunConsoleWindow(null, model, "bench", new I18n(Language.EN), Clock.systemUTC(),
                    false, false, m -> { });
            w.show();
            window[0] = w;
            model.console().measurePumps(pumps::add);
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    long cpu = threads.getCurrentThreadCpuTime();
                    if (last[0] != 0) {
                        gaps.add(now - last[0]);
                        fxCpu.add(cpu - lastCpu[0]);
                    }
                    last[0] = now;
                    lastCpu[0] = cpu;
                    if (model.lastDrainNanos() != lastDrain[0]) {
                        lastDrain[0] = model.lastDrainNanos();
                        drains.add(lastDrain[0]);
                        drainCpu.add(model.lastDrainCpuNanos());
                    }
                }
            }.start();
            shown.countDown();
        });
        shown.await();
        Thread.sleep(1000);
        Platform.runLater(() -> {
            gaps.clear();
            fxCpu.clear();
        });
        long t0 = System.nanoTime();
        launcher.launch(target, RunAction.RUN, LaunchOptions.NONE, model.listener());
        while (true) {
            CountDownLatch check = new CountDownLatch(1);
            boolean[] done = {false};
            Platform.runLater(() -> {
                done[0] = model.outcomeProperty().get() != null && model.console().waiting() == 0;
                check.countDown();
            });
            check.await();
            if (done[0]) {
                break;
            }
            Thread.sleep(50);
        }
        long elapsedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        Thread.sleep(500);
        System.gc();
        Thread.sleep(200);
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long[] kept = new long[3];
        CountDownLatch read = new CountDownLatch(1);
        Platform.runLater(() -> {
            kept[0] = model.lines().size();
            kept[1] = model.dropped();
            kept[2] = window[0].stage().getScene().getRoot().lookupAll("#run-console-lines .log-cell").size();
            read.countDown();
        });
        read.await();
        List<Long> g = new ArrayList<>(gaps);
        List<Long> d = new ArrayList<>(drains);
        long stalls = g.stream().filter(x -> x > 50_000_000L).count();
        out("lines", lines);
        out("elapsed_ms", elapsedMs);
        out("lines_per_s", Math.round(lines * 1000.0 / Math.max(1, elapsedMs)));
        out("drain_n", d.size());
        out("drain_p50_ms", ms(pct(d, 50)));
        out("drain_p95_ms", ms(pct(d, 95)));
        out("drain_max_ms", ms(pct(d, 100)));
        List<Long> c = new ArrayList<>(drainCpu);
        out("drain_cpu_p50_ms", ms(pct(c, 50)));
        out("drain_cpu_p95_ms", ms(pct(c, 95)));
        out("drain_cpu_max_ms", ms(pct(c, 100)));
        List<Long> p = new ArrayList<>(pumps);
        out("pump_n", p.size());
        out("pump_p50_ms", ms(pct(p, 50)));
        out("pump_p95_ms", ms(pct(p, 95)));
        out("pump_max_ms", ms(pct(p, 100)));
        List<Long> f = new ArrayList<>(fxCpu);
        out("fx_cpu_per_pulse_p50_ms", ms(pct(f, 50)));
        out("fx_cpu_per_pulse_p95_ms", ms(pct(f, 95)));
        out("fx_cpu_per_pulse_max_ms", ms(pct(f, 100)));
        out("line_cells", kept[2]);
        out("load_avg_1m", new String(Files.readAllBytes(Path.of("/proc/loadavg"))).split(" ")[0]);
        out("gap_n", g.size());
        out("gap_p50_ms", ms(pct(g, 50)));
        out("gap_p95_ms", ms(pct(g, 95)));
        out("gap_max_ms", ms(pct(g, 100)));
        out("stalls", stalls);
        out("kept_lines", kept[0]);
        out("dropped_lines", kept[1]);
        out("heap_after_gc_mb", heap / 1048576);
        Platform.exit();
        System.exit(0);
    }

    private static long pct(List<Long> v, int p) {
        if (v.isEmpty()) {
            return 0;
        }
        List<Long> s = new ArrayList<>(v);
        Collections.sort(s);
        return s.get(Math.min(s.size() - 1, (int) Math.ceil(p / 100.0 * s.size()) - (p == 0 ? 0 : 1)));
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.2f", nanos / 1e6);
    }

    private static void out(String key, Object value) {
        System.out.println("RESULT runs." + key + " " + value);
    }
}
