package io.triptych.init;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On a terminal the operator corrects the proposal line by line; a wrong line is refused and asked again. */
class InitCommandPromptTest {
    @TempDir
    Path dir;

    @Test
    void promptsCorrectTheProposalBeforeAnythingIsTestedOrWritten() throws Exception {
        String auth = ": {auth: {auth_url: \"http://127.0.0.1:9/v3\", username: u, password: pw, project_name: p,"
                + " user_domain_name: Default, project_domain_name: Default}}\n";
        FakeHome fake = new FakeHome(dir).clouds("  fsgs-int" + auth + "  fsgs-prod" + auth + "  lab" + auth);
        Machine m = fake.machine(Map.of());
        Deque<String> typed = new ArrayDeque<>(List.of("production=cloud:nope", "production=cloud:lab", ""));
        List<String> asked = new java.util.ArrayList<>();
        Prompter prompter = prompt -> {
            asked.add(prompt);
            return Optional.ofNullable(typed.poll());
        };
        List<String> tested = new java.util.ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path file = dir.resolve("site.yaml");

        int code = new InitCommand(m, new Discovery(m, d -> Optional.empty(), "GITLAB_TOKEN"), item -> {
            tested.add(item.ref());
            return Prober.Outcome.ok("fine");
        }, new InitText(Locale.ENGLISH), Optional.of(prompter)).run(InitOptions.defaults(), file,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(code).isZero();
        assertThat(asked).hasSize(3);
        assertThat(err.toString(StandardCharsets.UTF_8).strip()).isEqualTo("triptych: init: --env production: no cloud"
                + " named 'nope' was found (found: fsgs-int, fsgs-prod, lab)");
        assertThat(tested).containsExactly("cloud:fsgs-int", "cloud:lab");
        assertThat(Files.readString(file)).contains("cloud: \"lab\"").doesNotContain("cloud: \"fsgs-prod\"")
                .contains("#   cloud:fsgs-prod");
    }
}
