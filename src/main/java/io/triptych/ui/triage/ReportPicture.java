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
        ReportView view = new ReportView(data, text, masked);
        Scene scene = new Scene(view, WIDTH, 100);
        Themes.apply(theme, scene);
        view.applyCss();
        double h = Math.ceil(view.prefHeight(WIDTH));
        view.resize(WIDTH, h);
        view.layout();
        return view.snapshot(null, new WritableImage((int) WIDTH, (int) Math.max(1, h)));
    }
}
