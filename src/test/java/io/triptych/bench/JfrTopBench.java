package io.triptych.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarises the CPU samples ({@code jdk.ExecutionSample}) of one thread in a JFR recording, optionally only
 * those in a time window (the window ApplyBench measured): top methods by self time, by inclusive time,
 * and the Triptych method nearest the top of each stack (which of our calls the time is spent under).
 *
 * <p>A command, not a test: {@code JfrTopBench FILE.jfr [--thread NAME|fx | --thread-id ID] [--from EPOCH_MS]
 * [--to EPOCH_MS] [--windows FILE] [--top N]} ({@code --windows}: only samples and waits inside the epoch-ms
 * windows of a file of "WINDOW FROM TO" lines, ApplyBench's stalls and slow pulses) (underscores in NAME stand for spaces). The same numbers as {@code jfr print --stack-depth 80 --events jdk.ExecutionSample}, counted.
 */
public final class JfrTopBench {
    /**
     * JFR keeps the name a thread had when first seen: the FX thread is renamed "JavaFX Application Thread"
     * only after Monocle ("Event Thread") or GTK glass ("GtkNativeMainLoopThread") started it.
     */
    private static final Set<String> FX_NAMES = Set.of("JavaFX Application Thread", "Event Thread",
            "GtkNativeMainLoopThread");

    private JfrTopBench() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        String thread = null;
        long threadId = -1;
        long from = Long.MIN_VALUE;
        long to = Long.MAX_VALUE;
        int top = 25;
        List<long[]> windows = null;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--thread" -> thread = args[++i].replace('_', ' ');
                case "--thread-id" -> threadId = Long.parseLong(args[++i]);
                case "--from" -> from = Long.parseLong(args[++i]);
                case "--to" -> to = Long.parseLong(args[++i]);
                case "--top" -> top = Integer.parseInt(args[++i]);
                case "--windows" -> windows = readWindows(Path.of(args[++i]));
                default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
            }
        }
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> inclusive = new HashMap<>();
        Map<String, Integer> ours = new HashMap<>();
        Map<String, Integer> threads = new HashMap<>();
        Map<String, Long> waits = new HashMap<>();
        Map<String, Integer> waitCounts = new HashMap<>();
        int n = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
            String type = e.getEventType().getName();
            if (WAIT_EVENTS.contains(type)) {
                long t = e.getStartTime().toEpochMilli();
                RecordedThread wt = e.getThread();
                if (t >= from && t <= to && inside(windows, t, e.getEndTime().toEpochMilli()) && wt != null && (threadId >= 0 ? wt.getJavaThreadId() == threadId
                        : thread == null || thread.equals(wt.getJavaName())
                        || thread.equals("fx") && FX_NAMES.contains(wt.getJavaName()))) {
                    String where = type.substring(4) + " in " + waitSite(e.getStackTrace());
                    waits.merge(where, e.getDuration().toNanos(), Long::sum);
                    waitCounts.merge(where, 1, Integer::sum);
                }
                continue;
            }
            if (!type.equals("jdk.ExecutionSample")) {
                continue;
            }
            long t = e.getStartTime().toEpochMilli();
            if (t < from || t > to || !inside(windows, t, t)) {
                continue;
            }
            RecordedThread rt = e.getThread("sampledThread");
            String name = rt == null ? "?" : rt.getJavaName();
            threads.merge(name, 1, Integer::sum);
            if (threadId >= 0 ? rt == null || rt.getJavaThreadId() != threadId
                    : thread != null && !(thread.equals(name) || thread.equals("fx") && FX_NAMES.contains(name))) {
                continue;
            }
            RecordedStackTrace st = e.getStackTrace();
            if (st == null || st.getFrames().isEmpty()) {
                continue;
            }
            n++;
            List<RecordedFrame> frames = st.getFrames();
            RecordedFrame f0 = frames.get(0);
            self.merge(method(f0) + ":" + f0.getLineNumber(), 1, Integer::sum);
            Set<String> seen = new HashSet<>();
            String our = null;
            for (RecordedFrame f : frames) {
                String m = method(f);
                if (seen.add(m)) {
                    inclusive.merge(m, 1, Integer::sum);
                }
                if (our == null && m.startsWith("io.triptych.") && !m.startsWith("io.triptych.bench.")) {
                    our = m;
                }
            }
            ours.merge(our == null ? "(no Triptych frame: toolkit pulse, CSS, layout, render sync)" : our, 1,
                    Integer::sum);
        }
        System.out.printf(Locale.ROOT, "%d samples%s%s%s%n", n,
                threadId >= 0 ? " on thread id " + threadId : thread == null ? "" : " on \"" + thread + "\"",
                from == Long.MIN_VALUE ? "" : " in window",
                windows == null ? "" : " and in the " + windows.size() + " stall/slow-pulse windows ("
                        + windows.stream().mapToLong(w -> w[1] - w[0]).sum() + " ms)");
        print("samples per thread (all threads" + (from == Long.MIN_VALUE ? "" : ", in window") + ")", threads,
                threads.values().stream().mapToInt(Integer::intValue).sum(), 8);
        print("top methods by self samples", self, n, top);
        print("Triptych method nearest the top of the stack", ours, n, top);
        System.out.println("-- blocked (JFR park/wait/monitor events over their threshold, 10-20 ms): total ms, count");
        waits.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue(), a.getValue())).limit(8)
                .forEach(e -> System.out.printf(Locale.ROOT, "%8.0f ms %5d x  %s%n", e.getValue() / 1e6,
                        waitCounts.get(e.getKey()), e.getKey()));
        print("top methods by inclusive samples", inclusive, n, top * 3);
    }

    /** "FROM TO" epoch-ms lines (ApplyBench's WINDOW lines without the word), or "WINDOW FROM TO". */
    private static List<long[]> readWindows(Path f) throws IOException {
        List<long[]> w = new java.util.ArrayList<>();
        for (String line : java.nio.file.Files.readAllLines(f)) {
            String[] p = line.trim().replaceFirst("^WINDOW\\s+", "").split("\\s+");
            if (p.length == 2) {
                w.add(new long[] {Long.parseLong(p[0]), Long.parseLong(p[1])});
            }
        }
        return w;
    }

    /** Whether [from, to] overlaps a window (always, without windows). */
    private static boolean inside(List<long[]> windows, long from, long to) {
        if (windows == null) {
            return true;
        }
        for (long[] w : windows) {
            if (from <= w[1] && to >= w[0]) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> WAIT_EVENTS = Set.of("jdk.ThreadPark", "jdk.JavaMonitorWait",
            "jdk.JavaMonitorEnter", "jdk.ThreadSleep");

    /** The first frame of a blocked stack outside java.util.concurrent / java.lang / jdk.internal. */
    private static String waitSite(RecordedStackTrace st) {
        if (st == null) {
            return "?";
        }
        for (RecordedFrame f : st.getFrames()) {
            String m = method(f);
            if (!m.startsWith("java.util.concurrent.") && !m.startsWith("java.lang.") && !m.startsWith("jdk.internal.")) {
                return m;
            }
        }
        return st.getFrames().isEmpty() ? "?" : method(st.getFrames().get(0));
    }

    private static String method(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }

    private static void print(String title, Map<String, Integer> counts, int n, int top) {
        System.out.println("-- " + title);
        counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(top)
                .forEach(e -> System.out.printf(Locale.ROOT, "%6d %5.1f%%  %s%n", e.getValue(),
                        100.0 * e.getValue() / Math.max(1, n), e.getKey()));
    }
}
