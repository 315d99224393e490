package io.triptych.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.testing.MemoryPreferences;
import io.triptych.ui.model.Density;
import io.triptych.ui.model.ViewFocus;
import java.util.List;
import org.junit.jupiter.api.Test;

class ViewPreferencesTest {
    private final MemoryPreferences node = new MemoryPreferences();

    @Test
    void focusDensityStripAndDividersAreRemembered() {
        assertThat(new UiPreferences(node).focus()).isEqualTo(ViewFocus.OVERVIEW);
        assertThat(new UiPreferences(node).density()).isEqualTo(Density.NORMAL);
        assertThat(new UiPreferences(node).window()).isEmpty();
        UiPreferences p = new UiPreferences(node);
        p.focus(ViewFocus.SECURITY_GROUPS);
        p.density(Density.COMPACT);
        p.problemsCollapsed(true);
        p.saveDivider("problems", 0.7);
        assertThat(new UiPreferences(node).focus()).isEqualTo(ViewFocus.SECURITY_GROUPS);
        assertThat(new UiPreferences(node).density()).isEqualTo(Density.COMPACT);
        assertThat(new UiPreferences(node).problemsCollapsed()).isTrue();
        assertThat(new UiPreferences(node).divider("problems", 0.8)).isEqualTo(0.7);
        assertThat(new UiPreferences(node).divider("detail", 0.74)).isEqualTo(0.74);
    }

    @Test
    void aPlaceIsClampedOntoTheScreenUnderItsTitleOrThePrimary() {
        List<WindowPlace.Area> screens = List.of(new WindowPlace.Area(0, 0, 1366, 740),
                new WindowPlace.Area(1366, 0, 1920, 1050));
        assertThat(new WindowPlace(1500, 100, 1200, 800, false).onto(screens, 900, 560))
                .isEqualTo(new WindowPlace(1500, 100, 1200, 800, false));
        // Off every screen: onto the primary, shrunk to it.
        assertThat(new WindowPlace(4000, 2000, 1600, 950, true).onto(screens, 900, 560))
                .isEqualTo(new WindowPlace(0, 0, 1366, 740, true));
        // Half off the right edge of the primary: moved back in.
        assertThat(new WindowPlace(1000, -50, 1000, 600, false).onto(screens, 900, 560))
                .isEqualTo(new WindowPlace(366, 0, 1000, 600, false));
    }
}
