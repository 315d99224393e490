package io.triptych.ui.theme;

import java.util.Optional;

/** Light or dark: the two AtlantaFX themes Triptych ships. */
public enum ThemeName {
    LIGHT, DARK;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<ThemeName> ofCode(String code) {
        for (ThemeName t : values()) {
            if (t.code().equalsIgnoreCase(code)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
