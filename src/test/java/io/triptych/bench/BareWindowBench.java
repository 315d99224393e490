package io.triptych.bench;

import com.sun.javafx.perf.PerformanceTracker;
import java.lang.management.ManagementFactory;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Startup baseline: the cheapest JavaFX window there is (one Stage, one Label), measured the same way as
 * the app's {@code -Dtriptych.bench.firstPaint=true} probe (io.triptych.app.FirstPaintProbe): milliseconds
 * from JVM start (RuntimeMXBean start time) to the first runLater after the first post-layout pulse.
 * Prints {@code first-complete-paint-ms N} (with the FX thread's and the process's CPU milliseconds by then,
 * {@code first-paint-fx-cpu-ms}, {@code first-paint-process-cpu-ms}), then {@code first-rendered-frame-ms N} (when the render thread
 * has painted that first frame, from JavaFX's internal PerformanceTracker), and exits.
 *
 * <p>A command, not a test: run it with {@code bench/run.sh startup} (or
 * {@code java -Dprism.order=sw -cp target/test-classes:target/lib/* io.triptych.bench.BareWindowBench}).
 */
public final class BareWindowBench {
    private static final CountDownLatch printed = new CountDownLatch(1);

    private BareWindowBench() {
    }

    private static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    private static long processCpuMs() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() / 1_000_000 : -1;
    }

    public static void main(String[] args) {
        Platform.startup(BareWindowBench::show);
    }

    private static void show() {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        // The size the app opens at (GuiLauncher): same pixels to paint.
        double w = Math.min(1600, screen.getWidth());
        double h = Math.min(950, screen.getHeight());
        Stage stage = new Stage();
        Scene scene = new Scene(new StackPane(new Label("Triptych benchmark baseline")), w, h);
        Runnable[] probe = new Runnable[1];
        probe[0] = () -> {
            scene.removePostLayoutPulseListener(probe[0]);
            // The post-layout listener runs before this pulse renders; the next runLater runs after it.
            Platform.runLater(() -> {
                System.out.println("first-complete-paint-ms " + sinceJvmStart());
                // Load-insensitive companions, as the app's probe prints them.
                System.out.println("first-paint-fx-cpu-ms "
                        + ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000);
                System.out.println("first-paint-process-cpu-ms " + processCpuMs());
                System.out.flush();
                printed.countDown();
            });
        };
        scene.addPostLayoutPulseListener(probe[0]);
        // Also when the render thread has finished the first frame (the figure above is taken when the
        // FX thread is done with the pulse; painting the pixels follows on the QuantumRenderer thread).
        PerformanceTracker tracker = PerformanceTracker.getSceneTracker(scene);
        tracker.setOnRenderedFrameTask(() -> {
            long ms = sinceJvmStart();
            tracker.setOnRenderedFrameTask(null);
            try {
                printed.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            System.out.println("first-rendered-frame-ms " + ms);
            System.out.flush();
            System.exit(0);
        });
        stage.setTitle("bare window");
        stage.setScene(scene);
        stage.show();
    }
}
