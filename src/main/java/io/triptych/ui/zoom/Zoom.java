package io.triptych.ui.zoom;

import io.triptych.ui.settings.UiPreferences;
import java.util.OptionalInt;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The window's zoom, 75 to 300 %: one level for the main window and every window it opens (logs, run consoles,
 * history, dialogs), which follow it while open. FX thread only.
 */
public final class Zoom {
    private final IntegerProperty percent;

    public Zoom(int percent) {
        this.percent = new SimpleIntegerProperty(ZoomSteps.clamp(percent));
    }

    /**
     * The remembered level, or {@code given} (the command line's) for this run; what the user then zooms to is
     * remembered, a level given on the command line alone is not.
     */
    public static Zoom remembered(UiPreferences prefs, OptionalInt given) {
        Zoom zoom = new Zoom(given.orElse(prefs.zoom()));
        zoom.percent.addListener((o, was, now) -> prefs.zoom(now.intValue()));
        return zoom;
    }

    public IntegerProperty percentProperty() {
        return percent;
    }

    public int percent() {
        return percent.get();
    }

    public void zoomIn() {
        percent.set(ZoomSteps.in(percent.get()));
    }

    public void zoomOut() {
        percent.set(ZoomSteps.out(percent.get()));
    }

    public void reset() {
        percent.set(ZoomSteps.ACTUAL);
    }

    /** Zooms the scene now and at every change. */
    public void follow(Scene scene) {
        SceneZoom.apply(scene, percent.get());
        percent.addListener((o, was, now) -> SceneZoom.apply(scene, now.intValue()));
    }

    /**
     * Every window shown from now on takes the zoom, and follows it while open; a window opened by another at a
     * fixed size (a log window's 1100×640) is made as much larger, within the screen. Popups (menus, tooltips)
     * take their owner's font, so they follow without being touched.
     */
    public void followWindows() {
        Window.getWindows().addListener((ListChangeListener<Window>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(this::zoomWindow);
            }
        });
        percent.addListener((o, was, now) -> Window.getWindows().forEach(this::applyTo));
        Window.getWindows().forEach(this::zoomWindow);
    }

    private void zoomWindow(Window w) {
        if (!(w instanceof Stage stage)) {
            return;
        }
        applyTo(stage);
        stage.sceneProperty().addListener((o, was, now) -> applyTo(stage));
        double f = percent.get() / 100.0;
        if (f != 1 && stage.getOwner() != null && stage.getScene() != null
                && !(stage.getScene().getRoot() instanceof DialogPane)) {
            // Listed as it starts showing: its size is known once shown.
            stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, new javafx.event.EventHandler<>() {
                @Override
                public void handle(javafx.stage.WindowEvent e) {
                    stage.removeEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, this);
                    grow(stage, f);
                }
            });
        }
    }

    private void applyTo(Window w) {
        Scene s = w.getScene();
        if (w instanceof Stage && s != null && (SceneZoom.factor(s).get() * 100 != percent.get()
                || !s.getStylesheets().contains(SceneZoom.CSS))) {
            SceneZoom.apply(s, percent.get());
        }
    }

    /** A window opened at a size set in pixels, made {@code f} times as large, within the screen it is on. */
    private static void grow(Stage stage, double f) {
        Rectangle2D screen = Screen.getScreensForRectangle(stage.getX(), stage.getY(), Math.max(1, stage.getWidth()),
                Math.max(1, stage.getHeight())).stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
        double w = Math.min(screen.getWidth(), stage.getWidth() * f);
        double h = Math.min(screen.getHeight(), stage.getHeight() * f);
        if (Double.isNaN(w) || Double.isNaN(h) || w <= 0 || h <= 0) {
            return;
        }
        stage.setWidth(w);
        stage.setHeight(h);
        stage.setX(screen.getMinX() + (screen.getWidth() - w) / 2);
        stage.setY(screen.getMinY() + (screen.getHeight() - h) / 2);
    }
}
