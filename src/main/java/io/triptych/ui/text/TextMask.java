package io.triptych.ui.text;

import io.triptych.mask.Masker;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The privacy mask as one dashboard sees it: one switch (View menu, remembered by the app), applied where
 * text is displayed — section cells, the detail pane, the problems list, drift and history views, reports
 * and snapshots. The app makes one per dashboard and hands it down with {@code I18n}; views call
 * {@link #apply} when they format a value and refresh when {@link #enabledProperty} changes. Their listeners
 * go with the dashboard, as the mask does.
 */
public final class TextMask {
    private final BooleanProperty enabled;

    public TextMask(boolean initiallyOn) {
        this.enabled = new SimpleBooleanProperty(initiallyOn);
    }

    /** Changed on the FX thread only; read from anywhere. */
    public BooleanProperty enabledProperty() {
        return enabled;
    }

    public boolean enabled() {
        return enabled.get();
    }

    public String apply(String text) {
        return enabled.get() ? Masker.mask(text) : text;
    }
}
