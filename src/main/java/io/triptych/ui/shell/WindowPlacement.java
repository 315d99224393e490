package io.triptych.ui.shell;

import io.triptych.ui.settings.UiPreferences;
import io.triptych.ui.settings.WindowPlace;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Where the window opens: the first time maximised on the screen under the pointer; afterwards where it was
 * left (size, position, maximised), put back within a screen that is there now. FX thread only.
 */
public final class WindowPlacement {
    public static final double MIN_WIDTH = 900;
    public static final double MIN_HEIGHT = 560;

    private WindowPlacement() {
    }

    /** Places the stage before it is shown, and remembers where it is when it is hidden. */
    public static void manage(Stage stage, UiPreferences prefs) {
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        List<WindowPlace.Area> screens = screens();
        WindowPlace place = prefs.window().map(p -> p.onto(screens, MIN_WIDTH, MIN_HEIGHT))
                .orElseGet(() -> firstRun(screens));
        // Maximised: also the whole screen's bounds, for a desktop without a window manager that would do it.
        WindowPlace.Area full = place.maximized() ? place.screen(screens) : null;
        stage.setX(full == null ? place.x() : full.x());
        stage.setY(full == null ? place.y() : full.y());
        stage.setWidth(full == null ? place.width() : full.width());
        stage.setHeight(full == null ? place.height() : full.height());
        stage.setMaximized(place.maximized());
        // The bounds to come back to are the last ones before maximising.
        WindowPlace[] normal = {new WindowPlace(place.x(), place.y(), place.width(), place.height(), false)};
        Runnable track = () -> {
            boolean fillsScreen = full != null && stage.getWidth() == full.width() && stage.getHeight() == full.height();
            if (!stage.isMaximized() && !stage.isIconified() && !stage.isFullScreen() && stage.getWidth() > 0
                    && !fillsScreen) {
                normal[0] = new WindowPlace(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
            }
        };
        stage.xProperty().addListener((o, was, now) -> track.run());
        stage.yProperty().addListener((o, was, now) -> track.run());
        stage.widthProperty().addListener((o, was, now) -> track.run());
        stage.heightProperty().addListener((o, was, now) -> track.run());
        stage.maximizedProperty().addListener((o, was, now) -> track.run());
        stage.fullScreenProperty().addListener((o, was, now) -> track.run()); // presentation: not a place to keep
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDING, e -> prefs.window(new WindowPlace(normal[0].x(),
                normal[0].y(), normal[0].width(), normal[0].height(), stage.isMaximized())));
    }

    /** The first run: the whole screen under the pointer (the primary when the pointer is unknown), maximised. */
    private static WindowPlace firstRun(List<WindowPlace.Area> screens) {
        WindowPlace.Area s = screens.get(0);
        Point2D pointer = pointer();
        if (pointer != null) {
            for (WindowPlace.Area a : screens) {
                if (pointer.getX() >= a.x() && pointer.getX() < a.x() + a.width()
                        && pointer.getY() >= a.y() && pointer.getY() < a.y() + a.height()) {
                    s = a;
                }
            }
        }
        double w = Math.min(1600, s.width());
        double h = Math.min(950, s.height());
        return new WindowPlace(s.x() + (s.width() - w) / 2, s.y() + (s.height() - h) / 2, w, h, true);
    }

    private static Point2D pointer() {
        try {
            return new javafx.scene.robot.Robot().getMousePosition();
        } catch (RuntimeException e) {
            return null; // no pointer (headless): the primary screen
        }
    }

    /** The screens' visible bounds, the primary first. */
    static List<WindowPlace.Area> screens() {
        List<WindowPlace.Area> out = new ArrayList<>();
        out.add(area(Screen.getPrimary().getVisualBounds()));
        for (Screen s : Screen.getScreens()) {
            if (!s.equals(Screen.getPrimary())) {
                out.add(area(s.getVisualBounds()));
            }
        }
        return out;
    }

    private static WindowPlace.Area area(Rectangle2D r) {
        return new WindowPlace.Area(r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight());
    }
}
