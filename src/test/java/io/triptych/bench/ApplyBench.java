package io.triptych.bench;

import com.sun.javafx.perf.PerformanceTracker;
import com.sun.management.GarbageCollectionNotificationInfo;
import io.triptych.app.SiteRuntime;
import io.triptych.demo.DemoSite;
import io.triptych.domain.Item;
import io.triptych.domain.SectionKind;
import io.triptych.source.Site;
import io.triptych.ui.i18n.I18n;
import io.triptych.ui.i18n.Language;
import io.triptych.ui.section.SectionTable;
import io.triptych.ui.shell.DashboardScene;
import io.triptych.ui.shell.EnvironmentColumn;
import io.triptych.ui.model.EnvironmentViewModel;
import io.triptych.ui.theme.ThemeName;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * FX-thread cost of live updates: the real window ({@link DashboardScene} in a shown {@link Stage}) on the
 * demo site with a real {@code LiveSite} polling it, as the app wires it (app.GuiLauncher / SiteRuntime).
 *
 * <p>Records, on the FX thread:
 * <ul>
 *   <li><b>apply</b>: every {@code DashboardViewModel.apply} (from {@code lastApplyNanosProperty()});</li>
 *   <li><b>hop</b>: every whole FX runnable the snapshot pump posts (one hop may apply several environments),
 *       wall time and FX-thread CPU time (the difference is time the thread was not running: on a loaded
 *       machine wall times grow, CPU times much less);</li>
 *   <li><b>hop+layout</b>: a hop plus the CSS + layout pass of the pulse that follows it (the table cells are
 *       updated there);</li>
 *   <li><b>css+layout</b>: every pulse's CSS + layout pass (pre- to post-layout pulse listener), also split by
 *       what preceded it: an update hop, a scroll step, the one-second clock tick, or nothing known;</li>
 *   <li><b>pulse gap</b>: time between consecutive pulses, from an AnimationTimer (which also keeps pulses
 *       coming at 60 Hz, so the baseline gap is ~16.7 ms): everything the FX thread did in between,
 *       render sync included. A <i>stall</i> is a gap &gt; 50 ms;</li>
 *   <li>GC pauses in the measured window (JMX notifications), CPU time per thread group and for the whole
 *       process, frames the render thread painted (JavaFX's internal PerformanceTracker), the load average.</li>
 * </ul>
 * Each stall is attributed: update hops, css+layout (and its cause), scroll calls, GC, and how much of the gap
 * the FX thread was on a CPU at all.
 * Phases: start → all three columns loaded → {@code --warmup} s (reported apart) → {@code --seconds} s measured.
 * With {@code --scroll}, every {@code --scroll-every} ms the servers and volumes tables of every column
 * {@code scrollTo} an index advancing by {@code --scroll-step} rows, on the FX thread.
 *
 * <p>A command, not a test. Lines starting with {@code RESULT} are read by bench/run.sh. Run with
 * Monocle headless ({@code -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw}) or under
 * a display; arguments: {@code [--scale N] [--seconds S] [--warmup S] [--seed N] [--scroll]
 * [--scroll-every MS] [--scroll-step ROWS] [--label NAME] [--census] [--muted]} ({@code --census}: see {@link PulseCensus}).
 */
public final class ApplyBench {
    private static final long STALL_NANOS = 50_000_000L;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** Bytes allocated by a thread (HotSpot): load-insensitive, unlike wall or even CPU time. */
    private static final com.sun.management.ThreadMXBean ALLOC =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private enum Phase { LOADING, WARMUP, MEASURE, DONE }

    private final Options options;
    private final Samples applyWarm = new Samples();
    private final Samples apply = new Samples();
    private final Samples hop = new Samples();
    private final Samples hopWarm = new Samples();
    private final Samples hopCpu = new Samples();
    private final Samples hopAlloc = new Samples();
    private final Samples layoutCpu = new Samples();
    private long preLayoutCpu;
    private long fxCpuAtStart;
    private long fxCpuAtEnd;
    private long fxAllocAtStart;
    private long fxAllocAtEnd;
    private long scrollCpu;
    private final Samples hopLayout = new Samples();
    private final Samples cssLayout = new Samples();
    private final Samples cssAfterHop = new Samples();
    private final Samples cssAfterScroll = new Samples();
    private final Samples cssAfterTick = new Samples();
    private final Samples cssOther = new Samples();
    private final Samples gaps = new Samples();
    private final Samples gcPauses = new Samples();
    private final AtomicLong published = new AtomicLong();
    private final AtomicLong framesRendered = new AtomicLong();
    /** Render-thread CPU per frame painted (ms), and the render thread's CPU at the last frame (render thread only). */
    private final Samples renderCpu = new Samples();
    private long lastFrameCpu;
    private final CountDownLatch done = new CountDownLatch(1);
    private volatile Phase phase = Phase.LOADING;
    private long rowChanges;
    private long publishedAtMeasure;
    private long pendingHopNanos = -1;
    private long preLayoutAt;
    private long preLayoutEpochMs;
    /** A CSS + layout pass this long (wall) is a "slow pulse": its time window goes to the JFR filter. */
    private static final long SLOW_PULSE_NANOS = 20_000_000L;
    /** Epoch-ms windows of stalls and slow pulses, printed as WINDOW lines for JfrTopBench --windows. */
    private final List<long[]> windows = new java.util.ArrayList<>();
    private PulseCensus.Count census;
    private long censusCssCpu;
    private final CensusReport censuses = new CensusReport();
    private long lastPulse;
    private long lastPulseCpu;
    private final Samples gapCpu = new Samples();
    private long loadedAtMs;
    private long phaseStart;
    private long scrolls;
    private long measureStartNanos;
    private long measureEndNanos;
    private long measureStartEpochMs;
    private long measureEndEpochMs;
    private String fxThread;
    private java.util.Map<String, Long> cpuAtStart = java.util.Map.of();
    private java.util.Map<String, Long> cpuAtEnd = java.util.Map.of();
    private long fxThreadId;
    private DashboardScene dashboard;
    /** Strong references: {@code RowList.all()} is a fresh wrapper that only weakly listens to its rows. */
    private final List<Object> keep = new java.util.ArrayList<>();
    private final List<Stall> stalls = new java.util.ArrayList<>();
    private final List<long[]> gcEvents = new java.util.ArrayList<>();
    private final List<String> gcNames = new java.util.ArrayList<>();
    private long hopSincePulse;
    private long windowsOpened;
    private boolean windowSincePulse;
    private long scrollSincePulse;
    private long lastCssLayout;
    private String lastLayoutCause = "";
    private boolean tickSinceLayout;
    private boolean scrollSinceLayout;

    private ApplyBench(Options options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args);
        new ApplyBench(o).run();
    }

    private void run() throws Exception {
        long t0 = System.nanoTime();
        Site site = DemoSite.create(options.seed, Clock.systemUTC(), options.scale);
        System.out.printf(Locale.ROOT, "demo site built in %d ms (scale %d, seed %d)%n",
                (System.nanoTime() - t0) / 1_000_000, options.scale, options.seed);
        watchGc();
        try (SiteRuntime runtime = new SiteRuntime(site)) {
            runtime.live().addListener(s -> published.incrementAndGet());
            runtime.live().start(); // as GuiLauncher: fetch while the toolkit starts
            Platform.startup(() -> show(runtime));
            long limit = options.warmup + options.seconds + 300;
            if (!done.await(limit, TimeUnit.SECONDS)) {
                System.out.println("TIMEOUT: phase " + phase + " after " + limit + " s");
                Platform.exit();
                System.exit(2);
            }
        }
        heapAfterGcMb = heapAfterFullGc();
        report();
        Platform.exit();
        System.exit(0);
    }

    // ---- FX thread ----

    private void show(SiteRuntime runtime) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double w = Math.min(1600, screen.getWidth());
        double h = Math.min(950, screen.getHeight());
        Stage stage = new Stage();
        Executor fx = r -> Platform.runLater(() -> timedHop(r));
        var prefs = new io.triptych.ui.settings.UiPreferences(new io.triptych.testing.MemoryPreferences());
        if (options.muted) {
            runtime.live().environments().forEach(e -> prefs.muted(e.id(), true));
        }
        dashboard = new DashboardScene(runtime.live(), new I18n(Language.EN), new io.triptych.ui.text.TextMask(false),
                prefs, ThemeName.LIGHT, false,
                runtime.workers(), fx, Clock.systemUTC(), url -> { }, stage::close, w, h);
        dashboard.dashboard().lastApplyNanosProperty().addListener((o, was, now) -> {
            if (phase == Phase.MEASURE) {
                apply.add(now.longValue());
            } else if (phase == Phase.WARMUP || phase == Phase.LOADING) {
                applyWarm.add(now.longValue());
            }
        });
        for (EnvironmentViewModel env : dashboard.dashboard().environments()) {
            for (SectionKind k : SectionKind.values()) {
                var all = env.<Item>rows(k).all();
                keep.add(all);
                all.addListener((ListChangeListener<Item>) c -> {
                    if (phase == Phase.MEASURE) {
                        while (c.next()) {
                            rowChanges++;
                        }
                    }
                });
            }
        }
        dashboard.dashboard().nowProperty().addListener((o, was, now) -> tickSinceLayout = true);
        var scene = dashboard.scene();
        scene.addPreLayoutPulseListener(() -> {
            if (options.census && phase == Phase.MEASURE) {
                census = PulseCensus.take(scene); // before the timing starts: the walk is the bench's own cost
            }
            preLayoutAt = System.nanoTime();
            preLayoutEpochMs = System.currentTimeMillis();
            preLayoutCpu = THREADS.getCurrentThreadCpuTime();
            if (options.census && phase == Phase.MEASURE) {
                PulseCensus.css(scene); // the pulse's CSS pass, run here to time it apart from the layout
                censusCssCpu = THREADS.getCurrentThreadCpuTime() - preLayoutCpu;
            }
        });
        scene.addPostLayoutPulseListener(this::postLayout);
        // Frames the render thread actually painted (JavaFX's internal tracker; render thread).
        PerformanceTracker.getSceneTracker(scene).setOnRenderedFrameTask(() -> {
            // Render thread: its CPU since the previous frame is what painting this frame cost (load-insensitive).
            long cpu = THREADS.getCurrentThreadCpuTime();
            if (phase == Phase.MEASURE) {
                framesRendered.incrementAndGet();
                if (lastFrameCpu != 0) {
                    synchronized (renderCpu) {
                        renderCpu.add(cpu - lastFrameCpu);
                    }
                }
            }
            lastFrameCpu = cpu;
        });
        // Pop-ups (the desktop notifications of new/cleared problems) are windows of their own: their CSS, layout
        // and paint are outside the main scene's pulse listeners, so a stall notes whether one opened in it.
        javafx.stage.Window.getWindows().addListener((ListChangeListener<javafx.stage.Window>) c -> {
            while (c.next()) {
                if (c.wasAdded() && phase == Phase.MEASURE) {
                    windowsOpened += c.getAddedSize();
                    windowSincePulse = true;
                }
            }
        });
        stage.setTitle(dashboard.title());
        stage.setScene(scene);
        stage.show();
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulse();
            }
        }.start();
        if (options.scroll) {
            Timeline scroller = new Timeline(new KeyFrame(Duration.millis(options.scrollEvery), e -> scroll()));
            scroller.setCycleCount(Timeline.INDEFINITE);
            scroller.play();
        }
    }

    private void timedHop(Runnable r) {
        long start = System.nanoTime();
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        long allocStart = ALLOC.getCurrentThreadAllocatedBytes();
        r.run();
        long t = System.nanoTime() - start;
        if (phase == Phase.MEASURE) {
            hop.add(t);
            hopCpu.add(THREADS.getCurrentThreadCpuTime() - cpuStart);
            hopAlloc.add(ALLOC.getCurrentThreadAllocatedBytes() - allocStart);
            hopSincePulse += t;
            pendingHopNanos = Math.max(0, pendingHopNanos) + t;
        } else if (phase != Phase.DONE) {
            hopWarm.add(t);
        }
    }

    private void postLayout() {
        if (phase != Phase.MEASURE) {
            return;
        }
        long layout = System.nanoTime() - preLayoutAt;
        cssLayout.add(layout);
        long pulseCpu = THREADS.getCurrentThreadCpuTime() - preLayoutCpu;
        layoutCpu.add(pulseCpu);
        if (layout > SLOW_PULSE_NANOS) {
            windows.add(new long[] {preLayoutEpochMs, System.currentTimeMillis()});
        }
        lastCssLayout = layout;
        // What made this pulse's CSS + layout work: an update hop since the last pulse, a scroll step or the
        // one-second clock tick (both run in this pulse's animation phase), or none of these.
        if (pendingHopNanos >= 0) {
            hopLayout.add(pendingHopNanos + layout);
            cssAfterHop.add(layout);
            lastLayoutCause = "update";
        } else if (scrollSinceLayout) {
            cssAfterScroll.add(layout);
            lastLayoutCause = "scroll";
        } else if (tickSinceLayout) {
            cssAfterTick.add(layout);
            lastLayoutCause = "clock tick";
        } else {
            cssOther.add(layout);
            lastLayoutCause = "other";
        }
        if (census != null) {
            censuses.add(lastLayoutCause, census, censusCssCpu, pulseCpu - censusCssCpu,
                    (System.nanoTime() - measureStartNanos) / 1e9);
            census = null;
        }
        pendingHopNanos = -1;
        scrollSinceLayout = false;
        tickSinceLayout = false;
    }

    private void pulse() {
        long now = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        switch (phase) {
            case LOADING -> {
                if (dashboard.dashboard().environments().stream().allMatch(ApplyBench::complete)) {
                    loadedAtMs = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                    System.out.printf(Locale.ROOT, "all columns loaded %d ms after JVM start; warming up %d s%n",
                            loadedAtMs, options.warmup);
                    phase = Phase.WARMUP;
                    phaseStart = now;
                }
            }
            case WARMUP -> {
                if (now - phaseStart >= options.warmup * 1_000_000_000L) {
                    System.out.printf(Locale.ROOT, "measuring %d s%s%n", options.seconds,
                            options.scroll ? " while scrolling" : "");
                    phase = Phase.MEASURE;
                    phaseStart = now;
                    measureStartNanos = now;
                    measureStartEpochMs = System.currentTimeMillis();
                    cpuAtStart = threadCpu();
                    fxThread = Thread.currentThread().getName();
                    fxThreadId = Thread.currentThread().getId();
                    fxCpuAtStart = cpu;
                    fxAllocAtStart = ALLOC.getCurrentThreadAllocatedBytes();
                    publishedAtMeasure = published.get();
                    synchronized (gcPauses) {
                        gcPauses.clear();
                        gcEvents.clear();
                        gcNames.clear();
                    }
                    lastPulse = 0;
                }
            }
            case MEASURE -> {
                if (lastPulse != 0) {
                    long gap = now - lastPulse;
                    gaps.add(gap);
                    gapCpu.add(cpu - lastPulseCpu);
                    if (gap > STALL_NANOS) {
                        long epoch = System.currentTimeMillis();
                        windows.add(new long[] {epoch - gap / 1_000_000, epoch});
                        long up = ManagementFactory.getRuntimeMXBean().getUptime();
                        stalls.add(new Stall((now - measureStartNanos) / 1e9, gap, cpu - lastPulseCpu, hopSincePulse,
                                scrollSincePulse, lastCssLayout, lastLayoutCause + (windowSincePulse ? ", pop-up opened" : ""),
                                up - gap / 1_000_000, up));
                    }
                }
                hopSincePulse = 0;
                windowSincePulse = false;
                scrollSincePulse = 0;
                lastCssLayout = 0;
                lastLayoutCause = "";
                if (now - phaseStart >= options.seconds * 1_000_000_000L) {
                    phase = Phase.DONE;
                    measureEndNanos = now;
                    measureEndEpochMs = System.currentTimeMillis();
                    cpuAtEnd = threadCpu();
                    fxCpuAtEnd = cpu;
                    fxAllocAtEnd = ALLOC.getCurrentThreadAllocatedBytes();
                    done.countDown();
                }
            }
            default -> { }
        }
        lastPulse = now;
        lastPulseCpu = cpu;
    }

    private void scroll() {
        if (phase == Phase.LOADING || phase == Phase.DONE) {
            return;
        }
        long start = System.nanoTime();
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        long step = (long) options.scrollStep * scrolls++;
        for (EnvironmentColumn column : dashboard.window().columns()) {
            for (SectionKind k : List.of(SectionKind.SERVERS, SectionKind.VOLUMES)) {
                SectionTable<?> table = column.table(k);
                int n = table.getItems().size();
                if (n > 0) {
                    table.scrollTo((int) (step % n));
                }
            }
        }
        scrollSincePulse += System.nanoTime() - start;
        scrollCpu += THREADS.getCurrentThreadCpuTime() - cpuStart;
        scrollSinceLayout = true;
    }

    /** Milliseconds of GC pause inside [from, to] (ms of JVM uptime). */
    private long gcMsIn(long from, long to) {
        long ms = 0;
        synchronized (gcPauses) {
            for (long[] e : gcEvents) {
                ms += Math.max(0, Math.min(to, e[1]) - Math.max(from, e[0]));
            }
        }
        return ms;
    }

    /** A pulse gap over 50 ms and what the FX thread is known to have done in it. */
    private record Stall(double at, long gap, long cpu, long hops, long scroll, long cssLayout, String cause, long upFrom,
                         long upTo) {
    }

    private void printStalls() {
        if (stalls.isEmpty()) {
            return;
        }
        long gap = 0;
        long hops = 0;
        long scroll = 0;
        long css = 0;
        long gc = 0;
        long cpu = 0;
        for (Stall s : stalls) {
            gap += s.gap;
            cpu += s.cpu;
            hops += s.hops;
            scroll += s.scroll;
            css += s.cssLayout;
            gc += gcMsIn(s.upFrom, s.upTo) * 1_000_000L;
        }
        long other = Math.max(0, gap - hops - scroll - css - gc);
        System.out.printf(Locale.ROOT, "time in stalls: %.0f ms = update hops %.0f + css+layout %.0f + scroll calls"
                        + " %.0f + GC pauses %.0f + other (render sync, timers, other threads) %.0f%n",
                gap / 1e6, hops / 1e6, css / 1e6, scroll / 1e6, gc / 1e6, other / 1e6);
        System.out.printf(Locale.ROOT, "FX thread on CPU for %.0f ms of those %.0f ms (the rest: waiting for the"
                + " render thread, GC, or not scheduled: other processes)%n", cpu / 1e6, gap / 1e6);
        System.out.println("longest stalls:");
        stalls.stream().sorted((a, b) -> Long.compare(b.gap, a.gap)).limit(10).forEach(s -> System.out.printf(
                Locale.ROOT, "  at %5.1f s: gap %6.1f ms (FX on CPU %5.1f); in it: update hops %6.1f, css+layout %6.1f"
                        + " (%s), scroll calls %5.1f, GC %4d ms%n", s.at, s.gap / 1e6, s.cpu / 1e6, s.hops / 1e6,
                s.cssLayout / 1e6,
                s.cause.isEmpty() ? "-" : s.cause, s.scroll / 1e6, gcMsIn(s.upFrom, s.upTo)));
    }

    private static boolean complete(EnvironmentViewModel env) {
        return env.snapshotProperty().get() != null && env.snapshotProperty().get().sections().stream()
                .allMatch(s -> !s.configured() || s.loaded() || s.failure() != null);
    }

    // ---- GC ----

    private void watchGc() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((n, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())
                            && phase == Phase.MEASURE) {
                        var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                        // G1 "Concurrent" cycles are not pauses; JMX reports their wall time.
                        if (!info.getGcName().contains("Concurrent")) {
                            synchronized (gcPauses) {
                                gcPauses.add(info.getGcInfo().getDuration() * 1_000_000L);
                                gcEvents.add(new long[] {info.getGcInfo().getStartTime(),
                                    info.getGcInfo().getEndTime()});
                                gcNames.add(info.getGcName() + " (" + info.getGcCause() + ")");
                            }
                        }
                    }
                }, null, null);
            }
        }
    }

    private long heapAfterGcMb;

    /** Heap used after two explicit full collections, with the window and its data still alive (MB). */
    private static long heapAfterFullGc() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
    }

    // ---- Report (main thread, after DONE) ----

    private void report() {
        String label = options.label != null ? options.label : "scale" + options.scale;
        double seconds = (measureEndNanos - measureStartNanos) / 1e9;
        long pub = published.get() - publishedAtMeasure;
        Runtime rt = Runtime.getRuntime();
        System.out.println();
        System.out.printf(Locale.ROOT, "== ApplyBench %s: scale %d, %.1f s measured%s ==%n", label, options.scale,
                seconds, options.scroll ? ", scrolling servers+volumes every " + options.scrollEvery + " ms" : "");
        int[] rows = rowsPerEnvironment();
        System.out.printf(Locale.ROOT, "rows per environment: servers %d, volumes %d, groups %d, services %d,"
                + " pipelines %d%n", rows[0], rows[1], rows[2], rows[3], rows[4]);
        System.out.printf(Locale.ROOT, "snapshots published %d, row-list change events %d, scroll steps %d, pop-up"
                + " windows opened %d%n", pub, rowChanges, options.scroll ? scrolls : 0, windowsOpened);
        System.out.printf(Locale.ROOT, "system load average (1 min) at the end: %.2f on %d CPUs%n", loadAverage(),
                rt.availableProcessors());
        printCpu(seconds);
        System.out.printf(Locale.ROOT, "frames rendered %d (%.1f per second)%n", framesRendered.get(),
                framesRendered.get() / seconds);
        System.out.printf(Locale.ROOT, "heap used %d MB of max %d MB; after a full GC at the end %d MB%n",
                (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20, heapAfterGcMb);
        double fxCpuMs = (fxCpuAtEnd - fxCpuAtStart) / 1e6;
        double fxAllocMb = (fxAllocAtEnd - fxAllocAtStart) / 1e6;
        System.out.printf(Locale.ROOT, "FX thread in the window (load-insensitive): CPU %.0f ms (%.1f%% of one CPU),"
                        + " of which update hops %.0f, css+layout %.0f, scroll calls %.0f; allocated %.0f MB"
                        + " (%.1f MB/s), update hops %.1f MB%n", fxCpuMs, fxCpuMs / 10 / seconds, hopCpu.sum() / 1e6,
                layoutCpu.sum() / 1e6, scrollCpu / 1e6, fxAllocMb, fxAllocMb / seconds, hopAlloc.sum() / 1e6);
        System.out.println(Samples.header());
        applyWarm.print("apply (load+warm-up)");
        hopWarm.print("hop   (load+warm-up)");
        apply.print("apply");
        hop.print("hop");
        hopCpu.print("hop, FX-thread CPU time");
        hopAlloc.printBytes("hop, FX-thread alloc (KB)");
        layoutCpu.print("css+layout, FX CPU time");
        hopLayout.print("hop+css+layout");
        cssLayout.print("css+layout (all pulses)");
        cssAfterHop.print("  .. after an update");
        cssAfterScroll.print("  .. after a scroll step");
        cssAfterTick.print("  .. after the clock tick");
        cssOther.print("  .. other pulses");
        synchronized (renderCpu) {
            renderCpu.print("frame, render-thread CPU");
        }
        gaps.print("pulse gap");
        gapCpu.print("pulse gap, FX CPU time");
        synchronized (gcPauses) {
            gcPauses.print("gc pause");
        }
        long stalls = gaps.countAbove(STALL_NANOS);
        System.out.printf(Locale.ROOT, "pulse gaps > 50 ms: %d of %d (longest %.1f ms)%n", stalls, gaps.size(),
                gaps.max() / 1e6);
        printStalls();
        synchronized (gcPauses) {
            java.util.Map<String, Samples> byName = new java.util.TreeMap<>();
            for (int i = 0; i < gcEvents.size(); i++) {
                byName.computeIfAbsent(gcNames.get(i), k -> new Samples())
                        .add((gcEvents.get(i)[1] - gcEvents.get(i)[0]) * 1_000_000L);
            }
            byName.forEach((name, samples) -> samples.print("gc: " + name));
        }
        if (options.census) {
            censuses.print();
        }
        for (long[] w : windows) {
            System.out.printf(Locale.ROOT, "WINDOW %d %d%n", w[0], w[1]);
        }
        System.out.printf(Locale.ROOT, "measured window: epoch ms %d..%d on thread \"%s\" id %d (for JfrTopBench)%n",
                measureStartEpochMs, measureEndEpochMs, fxThread, fxThreadId);

        result(label, "loaded_ms", loadedAtMs);
        result(label, "apply_warm_max_ms", applyWarm.max() / 1e6);
        result(label, "apply_n", apply.size());
        result(label, "apply_p50_ms", apply.percentile(50) / 1e6);
        result(label, "apply_p95_ms", apply.percentile(95) / 1e6);
        result(label, "apply_max_ms", apply.max() / 1e6);
        result(label, "hop_p50_ms", hop.percentile(50) / 1e6);
        result(label, "hop_p95_ms", hop.percentile(95) / 1e6);
        result(label, "hop_max_ms", hop.max() / 1e6);
        result(label, "hopcpu_p50_ms", hopCpu.percentile(50) / 1e6);
        result(label, "hopcpu_p95_ms", hopCpu.percentile(95) / 1e6);
        result(label, "hopcpu_max_ms", hopCpu.max() / 1e6);
        result(label, "load_avg_1m", loadAverage());
        result(label, "fx_cpu_ms", fxCpuMs);
        result(label, "fx_cpu_hops_ms", hopCpu.sum() / 1e6);
        result(label, "fx_cpu_layout_ms", layoutCpu.sum() / 1e6);
        result(label, "fx_cpu_scroll_ms", scrollCpu / 1e6);
        result(label, "fx_alloc_mb", fxAllocMb);
        result(label, "fx_alloc_hops_mb", hopAlloc.sum() / 1e6);
        result(label, "hop_alloc_p50_kb", hopAlloc.percentile(50) / 1e3);
        result(label, "hop_alloc_p95_kb", hopAlloc.percentile(95) / 1e3);
        result(label, "heap_after_gc_mb", heapAfterGcMb);
        result(label, "hoplayout_p50_ms", hopLayout.percentile(50) / 1e6);
        result(label, "hoplayout_p95_ms", hopLayout.percentile(95) / 1e6);
        result(label, "hoplayout_max_ms", hopLayout.max() / 1e6);
        result(label, "gap_n", gaps.size());
        result(label, "gap_p50_ms", gaps.percentile(50) / 1e6);
        result(label, "gap_p95_ms", gaps.percentile(95) / 1e6);
        result(label, "gap_max_ms", gaps.max() / 1e6);
        result(label, "stalls", stalls);
        result(label, "css_tick_p95_ms", cssAfterTick.percentile(95) / 1e6);
        result(label, "css_tick_max_ms", cssAfterTick.max() / 1e6);
        result(label, "css_scroll_p95_ms", cssAfterScroll.percentile(95) / 1e6);
        result(label, "css_scroll_max_ms", cssAfterScroll.max() / 1e6);
        result(label, "fps", framesRendered.get() / seconds);
        result(label, "popups", windowsOpened);
        synchronized (renderCpu) {
            result(label, "render_cpu_p95_ms", renderCpu.percentile(95) / 1e6);
            result(label, "render_cpu_max_ms", renderCpu.max() / 1e6);
        }
        result(label, "gc_pause_max_ms", gcPauses.max() / 1e6);
        result(label, "window_from_epoch_ms", measureStartEpochMs);
        result(label, "window_to_epoch_ms", measureEndEpochMs);
        result(label, "fx_thread_id", fxThreadId);
        System.out.flush();
    }

    /**
     * CPU nanoseconds per group of threads (names without their trailing number), plus "(whole process)"
     * from the OS: the difference is GC, JIT compiler and native threads.
     */
    private static java.util.Map<String, Long> threadCpu() {
        java.util.Map<String, Long> m = new java.util.HashMap<>();
        for (var info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (info != null) {
                long t = THREADS.getThreadCpuTime(info.getThreadId());
                if (t > 0) {
                    m.merge(info.getThreadName().replaceAll("[-\\s]*\\d+$", ""), t, Long::sum);
                }
            }
        }
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            m.put(PROCESS, os.getProcessCpuTime());
        }
        return m;
    }

    private static final String PROCESS = "(whole process)";

    private void printCpu(double seconds) {
        java.util.Map<String, Long> used = new java.util.HashMap<>();
        cpuAtEnd.forEach((k, v) -> used.put(k, v - cpuAtStart.getOrDefault(k, 0L)));
        long javaThreads = used.entrySet().stream().filter(e -> !e.getKey().equals(PROCESS))
                .mapToLong(java.util.Map.Entry::getValue).sum();
        if (used.containsKey(PROCESS)) {
            used.put("(GC, JIT, native threads)", Math.max(0, used.get(PROCESS) - javaThreads));
        }
        System.out.println("CPU used in the measured window (share of one CPU):");
        used.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue(), a.getValue())).limit(8)
                .forEach(e -> System.out.printf(Locale.ROOT, "  %-32s %7.0f ms  %5.1f%%%n", e.getKey(),
                        e.getValue() / 1e6, 100.0 * e.getValue() / 1e9 / seconds));
        result(options.label != null ? options.label : "scale" + options.scale, "process_cpu_pct",
                100.0 * used.getOrDefault(PROCESS, 0L) / 1e9 / seconds);
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private int[] rowsPerEnvironment() {
        EnvironmentViewModel env = dashboard.dashboard().environments().get(0);
        int[] n = new int[SectionKind.values().length];
        for (SectionKind k : SectionKind.values()) {
            n[k.ordinal()] = env.rows(k).all().size();
        }
        return n;
    }

    private static void result(String label, String key, double value) {
        System.out.printf(Locale.ROOT, "RESULT apply.%s.%s %.2f%n", label, key, value);
    }

    private static void result(String label, String key, long value) {
        System.out.printf(Locale.ROOT, "RESULT apply.%s.%s %d%n", label, key, value);
    }

    /** A growable list of nanosecond samples with nearest-rank percentiles. */
    static final class Samples {
        private long[] values = new long[1024];
        private int size;

        void add(long v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        void clear() {
            size = 0;
        }

        int size() {
            return size;
        }

        long percentile(double p) {
            if (size == 0) {
                return 0;
            }
            long[] sorted = Arrays.copyOf(values, size);
            Arrays.sort(sorted);
            int rank = (int) Math.ceil(p / 100.0 * size);
            return sorted[Math.max(0, Math.min(size - 1, rank - 1))];
        }

        long sum() {
            long t = 0;
            for (int i = 0; i < size; i++) {
                t += values[i];
            }
            return t;
        }

        void printBytes(String name) {
            System.out.printf(Locale.ROOT, "%-26s %7d %9.1f %9.1f %9.1f%n", name, size, percentile(50) / 1e3,
                    percentile(95) / 1e3, max() / 1e3);
        }

        long max() {
            long m = 0;
            for (int i = 0; i < size; i++) {
                m = Math.max(m, values[i]);
            }
            return m;
        }

        long countAbove(long limit) {
            long n = 0;
            for (int i = 0; i < size; i++) {
                if (values[i] > limit) {
                    n++;
                }
            }
            return n;
        }

        static String header() {
            return String.format(Locale.ROOT, "%-26s %7s %9s %9s %9s", "ms", "count", "p50", "p95", "max");
        }

        void print(String name) {
            System.out.printf(Locale.ROOT, "%-26s %7d %9.2f %9.2f %9.2f%n", name, size, percentile(50) / 1e6,
                    percentile(95) / 1e6, max() / 1e6);
        }
    }

    /**
     * The census of every measured pulse ({@code --census}): per cause, the FX CPU of the CSS pass and of the layout
     * pass and the nodes restyled; which subtrees were restyled and where layout requests came from, summed; and
     * the costliest pulses with their census.
     */
    static final class CensusReport {
        private final java.util.Map<String, Samples[]> byCause = new java.util.TreeMap<>();
        private final java.util.Map<String, Long> restyledBy = new java.util.HashMap<>();
        private final java.util.Map<String, Long> layoutFrom = new java.util.HashMap<>();
        private final List<String[]> worst = new java.util.ArrayList<>();
        private final List<Long> worstCpu = new java.util.ArrayList<>();

        void add(String cause, PulseCensus.Count c, long cssCpu, long layoutCpu, double at) {
            Samples[] s = byCause.computeIfAbsent(cause, k -> new Samples[] {new Samples(), new Samples(),
                new Samples(), new Samples()});
            s[0].add(cssCpu);
            s[1].add(layoutCpu);
            s[2].add(c.restyled * 1_000_000L); // printed as a count through the ms columns
            s[3].add(c.laidOut * 1_000_000L);
            c.restyledBy.forEach((k, v) -> restyledBy.merge(k, (long) v, Long::sum));
            c.layoutFrom.forEach((k, v) -> layoutFrom.merge(k, (long) v, Long::sum));
            worst.add(new String[] {String.format(Locale.ROOT, "at %5.1f s (%s): css %.1f ms + layout %.1f ms CPU; %s",
                    at, cause.isEmpty() ? "-" : cause, cssCpu / 1e6, layoutCpu / 1e6, c)});
            worstCpu.add(cssCpu + layoutCpu);
        }

        void print() {
            System.out.println("-- census (--census): per pulse, by what preceded it; CPU in ms, nodes as counts");
            System.out.println(Samples.header());
            byCause.forEach((cause, s) -> {
                String name = cause.isEmpty() ? "(none)" : cause;
                s[0].print("css CPU, " + name);
                s[1].print("layout CPU, " + name);
                s[2].print("restyled nodes, " + name);
                s[3].print("laid-out parents, " + name);
            });
            System.out.println("-- subtrees restyled, summed over the window (CSS root: nodes restyled)");
            restyledBy.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue(), a.getValue())).limit(15)
                    .forEach(e -> System.out.printf(Locale.ROOT, "%9d  %s%n", e.getValue(), e.getKey()));
            System.out.println("-- where layout requests came from (deepest parents needing layout), summed");
            layoutFrom.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue(), a.getValue())).limit(15)
                    .forEach(e -> System.out.printf(Locale.ROOT, "%9d  %s%n", e.getValue(), e.getKey()));
            System.out.println("-- the 12 costliest pulses (CSS + layout FX CPU)");
            Integer[] order = new Integer[worst.size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Long.compare(worstCpu.get(b), worstCpu.get(a)));
            for (int i = 0; i < Math.min(12, order.length); i++) {
                System.out.println("  " + worst.get(order[i])[0]);
            }
        }
    }

    /** Command-line arguments. */
    static final class Options {
        int scale = 1;
        long seconds = 60;
        long warmup = 10;
        long seed = 42;
        boolean scroll;
        boolean census;
        /** Every environment's notifications muted, as the dock's "Mute notifications" does: no pop-up windows. */
        boolean muted;
        int scrollEvery = 100;
        int scrollStep = 10;
        String label;

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--scale", "--demo-scale" -> o.scale = Integer.parseInt(args[++i]);
                    case "--seconds" -> o.seconds = Long.parseLong(args[++i]);
                    case "--warmup" -> o.warmup = Long.parseLong(args[++i]);
                    case "--seed" -> o.seed = Long.parseLong(args[++i]);
                    case "--scroll" -> o.scroll = true;
                    case "--census" -> o.census = true;
                    case "--muted" -> o.muted = true;
                    case "--scroll-every" -> o.scrollEvery = Integer.parseInt(args[++i]);
                    case "--scroll-step" -> o.scrollStep = Integer.parseInt(args[++i]);
                    case "--label" -> o.label = args[++i];
                    default -> throw new IllegalArgumentException("unknown argument: " + a);
                }
            }
            return o;
        }
    }
}
