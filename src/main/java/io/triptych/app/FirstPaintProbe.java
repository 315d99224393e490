package io.triptych.app;

import io.triptych.ui.fx.UiTasks;
import io.triptych.ui.shell.DashboardScene;
import io.triptych.ui.model.EnvironmentViewModel;
import java.lang.management.ManagementFactory;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * For the startup benchmark: when {@code -Dtriptych.bench.firstPaint=true}, prints the milliseconds from
 * JVM start to the first pulse that paints every column with all its sections loaded, then quits.
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
                    System.out.println("first-complete-paint-ms " + ms);
                    System.out.flush();
                    Platform.exit();
                    System.exit(0);
                });
            }
        };
        scene.addPostLayoutPulseListener(probe[0]);
    }

    private static boolean complete(EnvironmentViewModel env) {
        return env.snapshotProperty().get() != null && env.snapshotProperty().get().sections().stream()
                .allMatch(s -> !s.configured() || s.loaded() || s.failure() != null);
    }
}
