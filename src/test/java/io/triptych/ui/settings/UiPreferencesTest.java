package io.triptych.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.ui.i18n.Language;
import io.triptych.ui.theme.ThemeName;
import java.util.Locale;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class UiPreferencesTest {
    private final Preferences node = Preferences.userRoot().node("triptych-test-" + System.nanoTime());

    @AfterEach
    void removeNode() throws Exception {
        node.removeNode();
    }

    @Test
    void languageAndThemeAreRememberedAcrossInstances() {
        new UiPreferences(node).language(Language.ZH);
        new UiPreferences(node).theme(ThemeName.DARK);
        assertThat(new UiPreferences(node).language()).isEqualTo(Language.ZH);
        assertThat(new UiPreferences(node).theme()).isEqualTo(ThemeName.DARK);
    }

    @Test
    void firstRunFollowsTheOsLocaleAndLightTheme() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.FRANCE);
            assertThat(new UiPreferences(node).language()).isEqualTo(Language.FR);
            Locale.setDefault(Locale.GERMANY);
            assertThat(new UiPreferences(node).language()).isEqualTo(Language.EN);
        } finally {
            Locale.setDefault(before);
        }
        assertThat(new UiPreferences(node).theme()).isEqualTo(ThemeName.LIGHT);
    }
}
