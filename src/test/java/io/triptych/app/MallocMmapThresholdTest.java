package io.triptych.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * glibc's mmap threshold is fixed at 128 KiB in the window's process (what MALLOC_MMAP_THRESHOLD_=131072 does,
 * which the jpackage launcher could not set), so that large native blocks go back to the system when freed.
 */
class MallocMmapThresholdTest {
    @Test
    void glibcAcceptsTheFixedThreshold() {
        assumeThat(System.getProperty("os.name")).startsWith("Linux");
        assumeThat(System.getenv()).doesNotContainKey(MallocMmapThreshold.VARIABLE);
        assertThat(MallocMmapThreshold.apply()).isTrue();
    }

    @Test
    void setsM_MMAP_THRESHOLDTo128KiBOnLinux() {
        List<String> calls = new ArrayList<>();
        boolean set = MallocMmapThreshold.apply("Linux", Map.of(), () -> (parameter, value) -> calls.add(parameter + "=" + value));
        assertThat(set).isTrue();
        assertThat(calls).containsExactly("-3=131072");
    }

    @Test
    void aThresholdTheUserSetAndOtherSystemsAreLeftAlone() {
        List<String> calls = new ArrayList<>();
        MallocMmapThreshold.apply("Linux", Map.of("MALLOC_MMAP_THRESHOLD_", "4096"), () -> (p, v) -> calls.add("called"));
        MallocMmapThreshold.apply("Windows 11", Map.of(), () -> (p, v) -> calls.add("called"));
        assertThat(calls).isEmpty();
        assertThat(MallocMmapThreshold.apply("Linux", Map.of(), () -> null)).isFalse();
    }
}
