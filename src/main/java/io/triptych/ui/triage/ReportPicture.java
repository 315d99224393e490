package io.triptych.ui.triage;

import io.triptych.report.ReportData;
import io.triptych.report.ReportText;
import io.triptych.ui.theme.ThemeName;
import io.triptych.ui.theme.Themes;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;

/** Renders a report to an image, offscreen (FX thread): the window's File menu and `triptych report`. */
public final class ReportPicture {
    static final double WIDTH = 1400;

    private ReportPicture() {
    }

    public static WritableImage render(ReportData data, ReportText text, boolean masked, ThemeName theme) {
        return render(data, text, masked, theme, 100);
    }

    /**
     * At {@code zoomPercent}, the same page drawn that much larger (a 1400 px wide report is 2800 px wide at 200):
     * a picture has no window to reflow into, so it is scaled whole, every size and the type alike (ADR 0026).
     */
    public static WritableImage render(ReportData data, ReportText text, boolean masked, ThemeName theme,
                                       int zoomPercent) {
        double f = zoomPercent / 100.0;
        ReportView view = new ReportView(data, text, masked);
        Scene scene = new Scene(view, WIDTH, 100);
        Themes.apply(theme, scene);
        view.applyCss();
        double h = Math.ceil(view.prefHeight(WIDTH));
        view.resize(WIDTH, h);
        view.layout();
        javafx.scene.SnapshotParameters params = new javafx.scene.SnapshotParameters();
        params.setTransform(javafx.scene.transform.Transform.scale(f, f));
        return view.snapshot(params, new WritableImage((int) Math.ceil(WIDTH * f), (int) Math.max(1, Math.ceil(h * f))));
    }
}
