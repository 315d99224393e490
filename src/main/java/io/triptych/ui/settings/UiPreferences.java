package io.triptych.ui.settings;

import io.triptych.ui.i18n.Language;
import io.triptych.ui.theme.ThemeName;
import java.util.Locale;
import java.util.prefs.Preferences;

/**
 * Remembers the language and theme between runs (java.util.prefs: ~/.java/.userPrefs on Linux).
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
}
