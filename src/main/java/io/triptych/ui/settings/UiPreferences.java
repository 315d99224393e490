package io.triptych.ui.settings;

import io.triptych.ui.i18n.Language;
import io.triptych.ui.model.Density;
import io.triptych.ui.model.ViewFocus;
import io.triptych.ui.theme.ThemeName;
import java.util.Locale;
import java.util.prefs.Preferences;

/**
 * Remembers the language, theme, view, density and window place between runs (java.util.prefs: ~/.java/.userPrefs on Linux).
 * Tests use another node through the {@code triptych.prefs.node} system property.
 */
public final class UiPreferences {
    private final Preferences node;

    public UiPreferences(Preferences node) {
        this.node = node;
    }

    public static UiPreferences user() {
        return new UiPreferences(Preferences.userRoot().node(System.getProperty("triptych.prefs.node", "triptych")));
    }

    public Language language() {
        return Language.ofCode(node.get("language", "")).orElse(Language.ofLocale(Locale.getDefault()));
    }

    public void language(Language l) {
        node.put("language", l.code());
    }

    public ThemeName theme() {
        return ThemeName.ofCode(node.get("theme", "")).orElse(ThemeName.LIGHT);
    }

    public void theme(ThemeName t) {
        node.put("theme", t.code());
    }

    /** The interface's zoom, in percent, as saved (100 when never set; the Zoom keeps it within 75 to 300). */
    public int zoom() {
        return node.getInt("zoom", 100);
    }

    public void zoom(int percent) {
        node.putInt("zoom", percent);
    }

    /** The privacy mask (View menu): on for demos and screen sharing, also applied to exports. */
    public boolean mask() {
        return node.getBoolean("mask", false);
    }

    public void mask(boolean on) {
        node.putBoolean("mask", on);
    }

    /** Desktop notifications muted for an environment. */
    public boolean muted(String environmentId) {
        return node.getBoolean("muted-" + environmentId, false);
    }

    public void muted(String environmentId, boolean on) {
        node.putBoolean("muted-" + environmentId, on);
    }

    /** Overview or the focused kind (toolbar, Alt+1..6). */
    public ViewFocus focus() {
        return ViewFocus.ofCode(node.get("focus", "")).orElse(ViewFocus.OVERVIEW);
    }

    public void focus(ViewFocus f) {
        node.put("focus", f.code());
    }

    public Density density() {
        return Density.ofCode(node.get("density", "")).orElse(Density.NORMAL);
    }

    public void density(Density d) {
        node.put("density", d.code());
    }

    /** The problems panel shrunk to its one-line strip of counts. */
    public boolean problemsCollapsed() {
        return node.getBoolean("problems-collapsed", false);
    }

    public void problemsCollapsed(boolean on) {
        node.putBoolean("problems-collapsed", on);
    }

    /** A divider's position (0..1) by name; {@code fallback} until the user moved it. */
    public double divider(String name, double fallback) {
        double d = node.getDouble("divider-" + name, fallback);
        return d > 0 && d < 1 ? d : fallback;
    }

    public void saveDivider(String name, double position) {
        node.putDouble("divider-" + name, position);
    }

    /** The window's last bounds and whether it was maximised; empty on the first run. */
    public java.util.Optional<WindowPlace> window() {
        double w = node.getDouble("window-width", -1);
        double h = node.getDouble("window-height", -1);
        if (w <= 0 || h <= 0) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new WindowPlace(node.getDouble("window-x", 0), node.getDouble("window-y", 0), w, h,
                node.getBoolean("window-maximized", false)));
    }

    public void window(WindowPlace place) {
        node.putDouble("window-x", place.x());
        node.putDouble("window-y", place.y());
        node.putDouble("window-width", place.width());
        node.putDouble("window-height", place.height());
        node.putBoolean("window-maximized", place.maximized());
    }
}
