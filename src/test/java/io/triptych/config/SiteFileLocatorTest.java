package io.triptych.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteFileLocatorTest {
    @TempDir
    Path dir;

    private Path home;
    private Path explicit;
    private Path fromEnv;
    private Path byDefault;

    @BeforeEach
    void setUp() throws Exception {
        home = Files.createDirectories(dir.resolve("home"));
        explicit = Files.writeString(dir.resolve("explicit.yaml"), "");
        fromEnv = Files.writeString(dir.resolve("env.yaml"), "");
        byDefault = Files.createDirectories(home.resolve(".config/triptych")).resolve("site.yaml");
        Files.writeString(byDefault, "");
    }

    private Optional<Path> locate(Map<String, String> env, Optional<Path> given) throws ConfigException {
        return new SiteFileLocator(env, home).locate(given);
    }

    @Test
    void anExplicitFileWinsOverTheVariableAndTheDefault() throws Exception {
        assertThat(locate(Map.of("TRIPTYCH_CONFIG", fromEnv.toString()), Optional.of(explicit))).contains(explicit);
    }

    @Test
    void theVariableWinsOverTheDefault() throws Exception {
        assertThat(locate(Map.of("TRIPTYCH_CONFIG", fromEnv.toString()), Optional.empty())).contains(fromEnv);
    }

    @Test
    void theDefaultIsUnderDotConfigInTheHomeFolder() throws Exception {
        assertThat(locate(Map.of(), Optional.empty())).contains(byDefault);
    }

    @Test
    void theDefaultFollowsXdgConfigHome() throws Exception {
        Path xdg = dir.resolve("xdg");
        Path file = Files.createDirectories(xdg.resolve("triptych")).resolve("site.yaml");
        Files.writeString(file, "");

        assertThat(locate(Map.of("XDG_CONFIG_HOME", xdg.toString()), Optional.empty())).contains(file);
    }

    @Test
    void aRelativeXdgConfigHomeIsIgnored() {
        assertThat(new SiteFileLocator(Map.of("XDG_CONFIG_HOME", "relative/dir"), home).defaultFile())
                .isEqualTo(byDefault);
    }

    @Test
    void anEmptyVariableCountsAsUnset() throws Exception {
        assertThat(locate(Map.of("TRIPTYCH_CONFIG", " "), Optional.empty())).contains(byDefault);
    }

    @Test
    void noDefaultFileMeansTheDemoSite() throws Exception {
        Files.delete(byDefault);

        assertThat(locate(Map.of(), Optional.empty())).isEmpty();
    }

    @Test
    void aMissingExplicitFileIsAnError() {
        Path missing = dir.resolve("nope.yaml");

        assertThatThrownBy(() -> locate(Map.of(), Optional.of(missing)))
                .isInstanceOf(ConfigException.class)
                .hasMessage(missing + ": no such file (given by --config) — check the path, or leave out --config to use "
                        + byDefault);
    }

    @Test
    void aMissingFileNamedByTheVariableIsAnError() {
        Path missing = dir.resolve("nope.yaml");

        assertThatThrownBy(() -> locate(Map.of("TRIPTYCH_CONFIG", missing.toString()), Optional.empty()))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(missing + ": no such file (given by TRIPTYCH_CONFIG) — ");
    }

    @Test
    void aFolderGivenAsTheFileIsAnError() {
        assertThatThrownBy(() -> locate(Map.of(), Optional.of(dir)))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(dir + ": is a folder, not a file (given by --config)");
    }
}
