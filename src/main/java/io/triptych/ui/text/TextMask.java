package io.triptych.ui.text;

import io.triptych.mask.Masker;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The privacy mask as the whole window sees it: one switch (View menu, remembered), applied where text
 * is displayed — section cells, the problems list, drift and history views, reports and snapshots.
 * Views call {@link #apply} when they format a value and refresh when {@link #enabledProperty} changes.
 */
public final class TextMask {
    private static final BooleanProperty ENABLED = new SimpleBooleanProperty(false);

    private TextMask() {
    }

    /** Changed on the FX thread only; read from anywhere. */
    public static BooleanProperty enabledProperty() {
        return ENABLED;
    }

    public static boolean enabled() {
        return ENABLED.get();
    }

    public static String apply(String text) {
        return ENABLED.get() ? Masker.mask(text) : text;
    }
}
