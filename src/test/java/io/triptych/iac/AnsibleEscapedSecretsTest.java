package io.triptych.iac;

import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.testing.RealAnsible;
import java.nio.file.Path;
import java.util.Map;
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
        RealAnsible.assumeInstalled();
        StandIns world = new StandIns(tmp);
        Path playbooks = RealAnsible.playbooks(tmp, "inventory.ini", "escaped.yml");
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
