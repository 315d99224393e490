package io.triptych.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.triptych.source.Site;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteLoaderTest {
    private static final Site DEMO = new Site("Demo", true, Duration.ofSeconds(5), List.of());

    @TempDir
    Path home;

    private SiteLoader loader() {
        return new SiteLoader(new SiteFileLocator(Map.of(), home), new SiteFileReader(home), new SiteAssembler(),
                () -> DEMO);
    }

    @Test
    void noSiteFileAnywhereLoadsTheDemoSite() throws Exception {
        SiteLoader.Loaded loaded = loader().load(Optional.empty());

        assertThat(loaded.demo()).isTrue();
        assertThat(loaded.site()).isSameAs(DEMO);
        assertThat(loaded.file()).isEmpty();
    }

    @Test
    void aSiteFileLoadsItsSiteAndSaysWhereItCameFrom() throws Exception {
        Path file = Files.writeString(home.resolve("lab.yaml"), "site: Lab\nenvironments: [{id: a, name: A, swarm: {}}]\n");

        SiteLoader.Loaded loaded = loader().load(Optional.of(file));

        assertThat(loaded.demo()).isFalse();
        assertThat(loaded.site().name()).isEqualTo("Lab");
        assertThat(loaded.file()).contains(file);
        assertThat(loaded.config().orElseThrow().environments()).hasSize(1);
    }

    @Test
    void aRefusedFileIsAConfigExceptionNotTheDemoSite() throws Exception {
        Path file = Files.writeString(home.resolve("lab.yaml"), "site: Lab\n");

        assertThatThrownBy(() -> loader().load(Optional.of(file)))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(file + ":1:1: missing 'environments'");
    }
}
