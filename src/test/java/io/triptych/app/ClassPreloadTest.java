package io.triptych.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The first frame's classes are read on a background thread (ADR 0022) but never initialised there: no
 * static initialiser runs off the FX thread. A stale name is skipped, and the shipped list matches the build.
 */
class ClassPreloadTest {
    static final AtomicBoolean INITIALISED = new AtomicBoolean();

    static final class Marked {
        static {
            INITIALISED.set(true);
        }
    }

    @Test
    void loadsTheListedClassesWithoutRunningTheirStaticInitialisers() {
        int found = ClassPreload.load(List.of(ClassPreloadTest.class.getName() + "$Marked"),
                ClassPreloadTest.class.getClassLoader());

        assertThat(found).isEqualTo(1);
        assertThat(INITIALISED).isFalse();
    }

    @Test
    void aNameNoLongerInTheBuildIsSkipped() {
        int found = ClassPreload.load(List.of("io.triptych.NoSuchClass", "javafx.scene.control.Label"),
                ClassPreloadTest.class.getClassLoader());

        assertThat(found).isEqualTo(1);
    }

    @Test
    void readsOneNameALineSkippingCommentsAndBlanks() {
        String text = "# generated\n\njavafx.scene.control.Label\n  io.triptych.app.Main  \n";

        assertThat(ClassPreload.names(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))))
                .containsExactly("javafx.scene.control.Label", "io.triptych.app.Main");
        assertThat(ClassPreload.names(null)).isEmpty();
    }

    @Test
    void theShippedListNamesClassesOfThisBuild() {
        List<String> names = ClassPreload.names(ClassPreload.class.getResourceAsStream(ClassPreload.LIST));

        assertThat(names).hasSizeGreaterThan(500).contains("javafx.scene.control.skin.TableViewSkin",
                "io.triptych.ui.section.SectionTable");
        // Stale names cost nothing but a lookup; many of them mean the list wants regenerating.
        assertThat(ClassPreload.load(names, ClassPreload.class.getClassLoader())).isGreaterThan(names.size() * 9 / 10);
    }
}
