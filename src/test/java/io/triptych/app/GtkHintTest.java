package io.triptych.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GtkHintTest {
    @Test
    void aMissingGtkNamesThePackageToInstall() {
        // What JavaFX 21 throws on a minimal Debian, wrapped as the toolkit's start wraps it.
        Throwable t = new RuntimeException("Toolkit failed", new UnsatisfiedLinkError("Unable to load glass GTK library."));
        assertThat(GtkHint.explain(t)).contains("libgtk-3-0").contains("apt install").doesNotContain("\n");
    }

    @Test
    void noDisplaySaysSoAndOtherFailuresKeepTheirWords() {
        assertThat(GtkHint.explain(new UnsupportedOperationException("Unable to open DISPLAY")))
                .contains("no display");
        assertThat(GtkHint.explain(new IllegalStateException("something else"))).endsWith("something else");
    }
}
