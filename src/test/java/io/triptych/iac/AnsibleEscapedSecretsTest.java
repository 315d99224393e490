package io.triptych.iac;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real ansible-playbook printing a password as it is, URL-encoded, shell-quoted and as JSON. Skipped where
 * it is not installed, unless TRIPTYCH_REQUIRE_ANSIBLE=1 (CI), where its absence fails.
 */
class AnsibleEscapedSecretsTest {
    @TempDir
    Path tmp;

    @Test
    void aPasswordInAnsiblesJsonResultsUrlsAndCommandLinesIsMaskedEverywhere() throws Exception {
        boolean present = Binaries.forSystem().find(AnsibleSteps.BINARY).isPresent();
        if (!present && "1".equals(System.getenv("TRIPTYCH_REQUIRE_ANSIBLE"))) {
            throw new AssertionError("ansible-playbook is not on PATH but TRIPTYCH_REQUIRE_ANSIBLE=1");
        }
        Assumptions.assumeTrue(present, "ansible-playbook is not on PATH (apt-get install ansible)");
        StandIns world = new StandIns(tmp);
        Path playbooks = Files.createDirectories(tmp.resolve("playbooks"));
        for (String f : List.of("inventory.ini", "escaped.yml")) {
            try (InputStream in = getClass().getResourceAsStream("/iac/ansible/" + f)) {
                Files.copy(in, playbooks.resolve(f));
            }
        }
        RunProbe probe = new RunProbe();
        world.launcher(System.getenv()).launch(world.ansible(playbooks, "inventory.ini", "escaped.yml",
                Map.of("DB_PASSWORD", EscapedSecrets.PASSWORD)), RunAction.RUN, LaunchOptions.ansible("local", ""),
                probe);
        probe.awaitEnd();

        assertThat(probe.outcome().status()).isEqualTo(RunOutcome.Status.SUCCEEDED);
        EscapedSecrets.assertNowhere(probe, world.services.store(), world.paths, "integration");
        assertThat(probe.all(RunEvent.Line.class)).extracting(l -> io.triptych.logs.AnsiParser.strip(l.text()).strip()).contains(
                "\"msg\": \"pw=****\"", "\"msg\": \"https://admin:****@db.example.org/\"",
                "\"msg\": \"mysql -p'****'\"", "\"msg\": \"{\\\"password\\\": \\\"****\\\"}\"", "\"pw\": \"****\"");
    }
}
