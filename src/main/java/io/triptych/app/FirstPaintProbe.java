package io.triptych.app;

import io.triptych.ui.fx.UiTasks;
import io.triptych.ui.shell.DashboardScene;
import io.triptych.ui.model.EnvironmentViewModel;
import java.lang.management.ManagementFactory;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * For the startup benchmark: when {@code -Dtriptych.bench.firstPaint=true}, prints the milliseconds from
 * JVM start to the first pulse that paints every column with all its sections loaded, then quits. Also
 * prints figures a busy machine does not inflate much: the FX thread's CPU time and the process's CPU
 * time up to that point, and the nodes in the scene graph (BareWindowBench prints the same for the bare
 * window).
 */
final class FirstPaintProbe {
    static final String PROPERTY = "triptych.bench.firstPaint";

    private FirstPaintProbe() {
    }

    static boolean enabled() {
        return Boolean.getBoolean(PROPERTY);
    }

    static void install(DashboardScene dashboard) {
        Scene scene = dashboard.scene();
        Runnable[] probe = new Runnable[1];
        probe[0] = () -> {
            if (dashboard.dashboard().environments().stream().allMatch(FirstPaintProbe::complete)) {
                scene.removePostLayoutPulseListener(probe[0]);
                // The post-layout listener runs before this pulse renders; the next runLater runs after it.
                UiTasks.later(() -> {
                    long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                    long fxCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
                    System.out.println("first-complete-paint-ms " + ms);
                    System.out.println("first-paint-fx-cpu-ms " + fxCpu);
                    System.out.println("first-paint-process-cpu-ms " + processCpuMs());
                    System.out.println("first-paint-nodes " + nodes(scene.getRoot()));
                    if (Boolean.getBoolean(PROPERTY + ".classes")) {
                        java.util.Map<String, Integer> byClass = new java.util.TreeMap<>();
                        count(scene.getRoot(), byClass);
                        byClass.entrySet().stream().sorted(java.util.Map.Entry.comparingByValue(
                                java.util.Comparator.reverseOrder())).forEach(e -> System.out.println(
                                "first-paint-nodes-of " + e.getKey() + " " + e.getValue()));
                        java.util.Map<String, Integer> keys = new java.util.TreeMap<>();
                        styleKeys(scene.getRoot(), keys);
                        System.out.println("first-paint-style-keys " + keys.size());
                        keys.forEach((k, v) -> System.out.println("first-paint-style-key " + v + " " + k));
                    }
                    System.out.flush();
                    Platform.exit();
                    System.exit(0);
                });
            }
        };
        scene.addPostLayoutPulseListener(probe[0]);
    }

    /** CPU time of every thread of this JVM so far (JIT, GC and class loading included), or -1. */
    static long processCpuMs() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() / 1_000_000 : -1;
    }

    /** Nodes in the graph under {@code root}, skins' children included. */
    static int nodes(Node root) {
        int n = 1;
        if (root instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                n += nodes(child);
            }
        }
        return n;
    }

    /** Nodes under {@code root} by class (for the bench: what the first frame is made of). */
    private static void count(Node root, java.util.Map<String, Integer> byClass) {
        byClass.merge(root.getClass().getName(), 1, Integer::sum);
        if (root instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                count(child, byClass);
            }
        }
    }

    /** Distinct (type selector, id, style classes) among the nodes: each is one selector match in CSS. */
    private static void styleKeys(Node root, java.util.Map<String, Integer> keys) {
        keys.merge(root.getTypeSelector() + "#" + root.getId() + "." + String.join(".", root.getStyleClass()), 1,
                Integer::sum);
        if (root instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                styleKeys(child, keys);
            }
        }
    }

    private static boolean complete(EnvironmentViewModel env) {
        return env.snapshotProperty().get() != null && env.snapshotProperty().get().sections().stream()
                .allMatch(s -> !s.configured() || s.loaded() || s.failure() != null);
    }
}
