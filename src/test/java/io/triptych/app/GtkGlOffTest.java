package io.triptych.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.sun.jna.Library;
import com.sun.jna.Native;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * GTK reads GDK_GL once, when the toolkit starts: the launcher sets GDK_GL=disable in its own process (libc's
 * environment, where GTK looks) for that moment only, so GTK does not load a GL driver (ADR 0023), and leaves a
 * value the user chose alone.
 */
class GtkGlOffTest {
    /** The test reads the process's real environment the way GTK does (getenv), not Java's copy of it. */
    private interface C extends Library {
        String getenv(String name);
    }

    private static final C LIBC = Native.load("c", C.class);

    @Test
    void gtkSeesGdkGlDisableWhileTheToolkitStartsAndProgramsStartedLaterDoNot() {
        assumeThat(System.getProperty("os.name")).startsWith("Linux");
        assumeThat(System.getenv()).doesNotContainKey("GDK_GL");
        AtomicReference<String> duringStart = new AtomicReference<>("not started");

        GtkGlOff.around(() -> duringStart.set(LIBC.getenv("GDK_GL")));

        assertThat(duringStart.get()).isEqualTo("disable");
        assertThat(LIBC.getenv("GDK_GL")).isNull();
    }

    @Test
    void aValueTheUserSetIsLeftAloneEvenAnEmptyOne() {
        List<String> calls = new ArrayList<>();
        boolean[] started = new boolean[1];

        GtkGlOff.around("Linux", Map.of("GDK_GL", ""), () -> recording(calls), () -> started[0] = true);

        assertThat(started[0]).isTrue();
        assertThat(calls).isEmpty();
    }

    @Test
    void onlyOnLinuxAndTheVariableIsRemovedEvenWhenTheToolkitFails() {
        List<String> calls = new ArrayList<>();
        GtkGlOff.around("Mac OS X", Map.of(), () -> recording(calls), () -> { });
        assertThat(calls).isEmpty();

        try {
            GtkGlOff.around("Linux", Map.of(), () -> recording(calls), () -> {
                throw new IllegalStateException("no display");
            });
        } catch (IllegalStateException expected) {
            // the toolkit's failure reaches the caller as before
        }
        assertThat(calls).containsExactly("set GDK_GL=disable", "unset GDK_GL");
    }

    @Test
    void withoutLibcTheToolkitStartsAsBefore() {
        boolean[] started = new boolean[1];
        GtkGlOff.around("Linux", Map.of(), () -> null, () -> started[0] = true);
        assertThat(started[0]).isTrue();
    }

    private static GtkGlOff.Environment recording(List<String> calls) {
        return new GtkGlOff.Environment() {
            @Override
            public boolean set(String name, String value) {
                calls.add("set " + name + "=" + value);
                return true;
            }

            @Override
            public void unset(String name) {
                calls.add("unset " + name);
            }
        };
    }
}
