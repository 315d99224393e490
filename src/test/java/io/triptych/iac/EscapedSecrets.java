package io.triptych.iac;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A password with every character tools escape ({@code " \ & < > '}, a space, a non-ASCII letter) around
 * four two-letter fragments that occur nowhere else: if any fragment shows, some form of the password leaked.
 */
final class EscapedSecrets {
    static final String PASSWORD = "Zq\"7\\Xk&<Wv>'\u00f6 Jy";
    static final List<String> FRAGMENTS = List.of("Zq", "Xk", "Wv", "Jy");

    private EscapedSecrets() {
    }

    /** Neither the events, nor the stored log, nor the request, nor the audit line hold any piece of it. */
    static void assertNowhere(RunProbe probe, RunStore store, IacPaths paths, String environment) throws IOException {
        Path folder = store.history(environment).get(0).folder();
        for (String text : List.of(probe.text(), Files.readString(folder.resolve(RunStore.LOG)),
                Files.readString(folder.resolve(RunStore.REQUEST)), Files.readString(paths.auditLog()))) {
            for (String fragment : FRAGMENTS) {
                assertThat(text).as("a piece of the password").doesNotContain(fragment);
            }
        }
    }
}
