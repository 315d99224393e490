package io.triptych.ui.shell;

import io.triptych.ui.i18n.I18n;
import io.triptych.ui.zoom.Zoom;
import io.triptych.ui.zoom.ZoomSteps;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The zoom in the window: View ▸ Zoom in / Zoom out / Actual size, Ctrl++ (also Ctrl+= and the keypad's +),
 * Ctrl+- and Ctrl+0 whatever the keyboard layout, and the level in the status bar while it is not 100 %.
 */
final class ZoomControls {
    private ZoomControls() {
    }

    static void install(Scene scene, Menu view, StatusBar bar, StringProperty message, I18n i18n, Zoom zoom) {
        view.getItems().addAll(new SeparatorMenuItem(),
                item(i18n, "menu.view.zoomIn", "Shortcut+Plus", zoom::zoomIn),
                item(i18n, "menu.view.zoomOut", "Shortcut+Minus", zoom::zoomOut),
                item(i18n, "menu.view.zoomReset", "Shortcut+0", zoom::reset));
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            Runnable action = action(e, zoom);
            if (action != null) {
                action.run();
                e.consume(); // not again by the menu's accelerator
            }
        });
        Label level = new Label();
        level.setId("zoom-level");
        level.textProperty().bind(Bindings.format("%d %%", zoom.percentProperty()));
        level.visibleProperty().bind(zoom.percentProperty().isNotEqualTo(ZoomSteps.ACTUAL));
        level.managedProperty().bind(level.visibleProperty());
        level.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // a crowded bar cuts the meter, not "200 %"
        bar.addStatus(level);
        zoom.percentProperty().addListener((o, was, now) -> message.set(i18n.get("status.zoom", now)));
    }

    /** What a key press asks of the zoom, or null. */
    static Runnable action(KeyEvent e, Zoom zoom) {
        if (!e.isShortcutDown() || e.isAltDown()) {
            return null;
        }
        KeyCode code = e.getCode();
        String text = e.getText() == null ? "" : e.getText();
        if (List.of(KeyCode.PLUS, KeyCode.EQUALS, KeyCode.ADD).contains(code) || text.equals("+")) {
            return zoom::zoomIn;
        }
        if (List.of(KeyCode.MINUS, KeyCode.SUBTRACT).contains(code) || text.equals("-")) {
            return zoom::zoomOut;
        }
        if (code == KeyCode.DIGIT0 || code == KeyCode.NUMPAD0) {
            return zoom::reset;
        }
        return null;
    }

    private static MenuItem item(I18n i18n, String key, String accelerator, Runnable action) {
        MenuItem i = new MenuItem();
        i.textProperty().bind(i18n.text(key));
        i.setId(key.replace('.', '-'));
        i.setAccelerator(KeyCombination.valueOf(accelerator));
        i.setOnAction(e -> action.run());
        return i;
    }
}
