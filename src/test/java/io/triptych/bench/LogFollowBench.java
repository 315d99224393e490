package io.triptych.bench;

import io.triptych.logs.QueueSink;
import io.triptych.source.LogFollow;
import io.triptych.source.LogRequest;
import io.triptych.ui.i18n.I18n;
import io.triptych.ui.i18n.Language;
import io.triptych.ui.logs.LogFeed;
import io.triptych.ui.console.ConsoleModel;
import io.triptych.ui.console.ConsoleView;
import io.triptych.ui.logs.LogWindow;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * One log followed at full speed: a producer thread sends demo-like lines (ANSI colours, GitLab section
 * markers every 500 lines) as fast as it can, in batches of 200, for {@code --seconds} (default 60), into
 * the real {@link LogFeed} → {@link ConsoleModel} → {@link ConsoleView} (the one console view, as the Log window
 * has it) of a shown window with the bounds of {@link LogWindow}. Prints, as "RESULT key value" lines: FX time of
 * each drain of the queue and of each pump (the per-pulse, time-budgeted move of lines into the list), FX-thread
 * CPU time per pulse (everything the FX thread did between two pulses: pump, layout, CSS — load-insensitive),
 * pulse gaps (an AnimationTimer keeps pulses at 60 Hz; a stall is a gap over 50 ms), line cells alive at the end,
 * lines produced/kept/dropped, and the heap in use after the last GC every 5 s (collection usage of the heap
 * pools: no forced GC, so the pulse gaps are not the benchmark's own).
 */
public final class LogFollowBench {
    private LogFollowBench() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 1 && args[0].equals("--seconds") ? Integer.parseInt(args[1]) : 60;
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        // As the app: AtlantaFX is the user-agent stylesheet (the log view's colours refer to it).
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight()
                .getUserAgentStylesheet());

        List<Long> drains = new ArrayList<>();
        List<Long> pumps = new ArrayList<>();
        List<Long> gaps = new ArrayList<>();
        List<Long> fxCpu = new ArrayList<>();
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        ConsoleView[] view = new ConsoleView[1];
        AtomicLong produced = new AtomicLong();
        AtomicBoolean running = new AtomicBoolean(true);
        ConsoleModel[] model = new ConsoleModel[1];
        LogFeed.Opener opener = (LogRequest req, QueueSink sink) -> {
            Thread producer = new Thread(() -> produce(sink, running, produced), "bench-producer");
            producer.setDaemon(true);
            producer.start();
            return (LogFollow) () -> running.set(false);
        };
        CountDownLatch shown = new CountDownLatch(1);
        LogFeed[] feed = new LogFeed[1];
        Platform.runLater(() -> {
            model[0] = new ConsoleModel(LogWindow.MAX_LINES, LogWindow.MAX_CHARS);
            model[0].measurePumps(pumps::add); // FX thread only
            feed[0] = new LogFeed(opener, Executors.newCachedThreadPool(), model[0], LogWindow.MAX_LINES);
            feed[0].measureDrains(drains::add); // FX thread only: no lock needed
            Stage stage = new Stage();
            view[0] = new ConsoleView(model[0], new I18n(Language.EN));
            stage.setScene(new Scene(view[0], 1100, 640));
            stage.show();
            new AnimationTimer() {
                private long last;
                private long lastCpu;

                @Override
                public void handle(long now) {
                    long cpu = threads.getCurrentThreadCpuTime();
                    if (last != 0) {
                        gaps.add(now - last);
                        fxCpu.add(cpu - lastCpu);
                    }
                    last = now;
                    lastCpu = cpu;
                }
            }.start();
            feed[0].open(LogRequest.lastThenFollow(500));
            shown.countDown();
        });
        shown.await();

        long t0 = System.nanoTime();
        List<String> heap = new ArrayList<>();
        for (int s = 5; s <= seconds; s += 5) {
            Thread.sleep(Math.max(0, (t0 + s * 1_000_000_000L - System.nanoTime()) / 1_000_000));
            heap.add(String.format(Locale.ROOT, "%d:%.1f", s, heapAfterGcMb()));
        }
        CountDownLatch stopped = new CountDownLatch(1);
        long[] kept = new long[3];
        Platform.runLater(() -> {
            feed[0].close();
            kept[2] = view[0].lookupAll(".log-cell").size();
            kept[0] = model[0].lineCountProperty().get();
            kept[1] = model[0].droppedProperty().get();
            stopped.countDown();
        });
        stopped.await();
        System.gc();
        report("drain", drains);
        report("pump", pumps);
        report("fx_cpu_per_pulse", fxCpu);
        report("gap", gaps);
        result("line_cells", kept[2]);
        result("stalls", gaps.stream().filter(g -> g > 50_000_000L).count());
        result("load_avg_1m", new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("/proc/loadavg")))
                .split(" ")[0]);
        result("lines_produced", produced.get());
        result("lines_per_s", produced.get() / seconds);
        result("lines_kept", kept[0]);
        result("lines_dropped", kept[1]);
        result("heap_after_gc_mb_every_5s", String.join(",", heap));
        result("heap_after_final_gc_mb", String.format(Locale.ROOT, "%.1f", usedHeapMb()));
        Platform.exit();
        System.exit(0);
    }

    private static void produce(QueueSink sink, AtomicBoolean running, AtomicLong produced) {
        String[] levels = {"\u001b[32mINFO\u001b[0m ", "\u001b[33mWARNING\u001b[0m", "\u001b[31mERROR\u001b[0m"};
        long n = 0;
        while (running.get()) {
            List<String> batch = new ArrayList<>(200);
            for (int i = 0; i < 200; i++, n++) {
                if (n % 500 == 0) {
                    batch.add("section_start:" + (1_700_000_000 + n) + ":step_" + n + "\r\u001b[0K\u001b[36;1mStep " + n
                            + "\u001b[0m");
                } else if (n % 500 == 499) {
                    batch.add("section_end:" + (1_700_000_000 + n) + ":step_" + (n - 499) + "\r\u001b[0K");
                } else {
                    batch.add("2026-11-25 12:00:00." + (n % 1000) + " " + levels[(int) (n % 20 == 19 ? 2 : n % 7 == 6 ? 1 : 0)]
                            + " [\u001b[36mpipelines.vtac\u001b[0m] Processed burst sb2602" + (n % 9973)
                            + " in " + (n % 900) + " ms, " + (n % 40) + " products");
                }
            }
            sink.lines(batch);
            produced.addAndGet(batch.size());
            Thread.yield();
        }
    }

    private static double heapAfterGcMb() {
        long used = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.getCollectionUsage() != null) {
                used += p.getCollectionUsage().getUsed();
            }
        }
        return used / 1048576.0;
    }

    private static double usedHeapMb() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576.0;
    }

    private static void report(String name, List<Long> nanos) {
        long[] v = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        result(name + "_n", v.length);
        if (v.length == 0) {
            return;
        }
        result(name + "_p50_ms", ms(v[v.length / 2]));
        result(name + "_p95_ms", ms(v[(int) Math.min(v.length - 1, Math.ceil(v.length * 0.95) - 1)]));
        result(name + "_max_ms", ms(Arrays.stream(v).max().getAsLong()));
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.2f", nanos / 1e6);
    }

    private static void result(String key, Object value) {
        System.out.println("RESULT logs." + key + " " + value);
    }
}
