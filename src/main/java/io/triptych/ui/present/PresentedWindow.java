package io.triptych.ui.present;

import javafx.beans.property.BooleanProperty;
import javafx.scene.Node;

/** What presentation mode asks of the main window (which keeps its own parts: it knows how to put them back). */
public interface PresentedWindow {
    /**
     * With a strip: menus, toolbar, banners, status bar and detail pane put away, the strip at the bottom. With
     * null: the same parts back where they were (the detail pane again if something is selected).
     */
    void presenting(Node strip);

    /** The problems list alone on the whole board (the cycle's last step), or the columns back above it. */
    void problemsOnly(boolean on);

    /** The problems panel's divider and the detail pane's, as the window remembers them. */
    double[] dividers();

    void dividers(double problems, double detail);

    BooleanProperty problemsCollapsedProperty();
}
