package io.triptych.app;

import io.triptych.report.ReportData;
import io.triptych.report.ReportText;
import io.triptych.ui.fx.UiTasks;
import io.triptych.ui.export.PngWriter;
import io.triptych.ui.theme.ThemeName;
import io.triptych.ui.triage.ReportPicture;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.image.WritableImage;

/** `triptych report --out FILE.png`: the report drawn offscreen (Monocle headless, as `snapshot` does). */
final class OffscreenReport {
    private OffscreenReport() {
    }

    /** @param zoomPercent {@code --zoom}: the picture that many percent as large (100: 1400 px wide) */
    static void write(ReportData data, ReportText text, boolean masked, Path out, int zoomPercent) throws Exception {
        CompletableFuture<WritableImage> image = new CompletableFuture<>();
        Runnable draw = () -> {
            try {
                image.complete(ReportPicture.render(data, text, masked, ThemeName.LIGHT, zoomPercent));
            } catch (RuntimeException e) {
                image.completeExceptionally(e);
            }
        };
        boolean started;
        try {
            Platform.startup(draw);
            started = true;
        } catch (IllegalStateException alreadyRunning) { // in tests
            UiTasks.later(draw);
            started = false;
        }
        try {
            PngWriter.write(image.get(60, TimeUnit.SECONDS), out);
        } finally {
            if (started) {
                Platform.exit();
            }
        }
    }
}
