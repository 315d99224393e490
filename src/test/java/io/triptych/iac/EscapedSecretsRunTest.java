package io.triptych.iac;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A password with quotes, a backslash and an ampersand, as Terraform's -json output escapes it. */
class EscapedSecretsRunTest {
    @TempDir
    Path tmp;

    @Test
    void aPasswordEscapedAsJsonUrlOrShellIsMaskedInTheConsoleTheLogAndTheHistory() throws Exception {
        StandIns world = new StandIns(tmp);
        RunProbe probe = new RunProbe();
        world.launcher(Map.of()).launch(world.terraform(Map.of("TF_VAR_db_password", EscapedSecrets.PASSWORD,
                        "FAKE_TF_LEAK_ESCAPED", EscapedSecrets.PASSWORD), List.of()),
                RunAction.PLAN, LaunchOptions.NONE, probe);
        probe.awaitEnd();

        EscapedSecrets.assertNowhere(probe, world.services.store(), world.paths, "preproduction");
        assertThat(probe.all(RunEvent.Line.class)).extracting(RunEvent.Line::text).contains(
                "provider: authenticating with password ****",
                "provider debug: POST https://admin:****@keystone.example.org/v3/auth/tokens",
                "provider debug: exec openstack --os-password **** --os-auth-secret '****'");
        assertThat(probe.all(RunEvent.Diagnostic.class)).singleElement().satisfies(d -> {
            assertThat(d.summary()).isEqualTo("Authentication retried for ****");
            assertThat(d.detail()).isEqualTo("Keystone was sent: {\"auth\":{\"password\":\"****\"}}");
        });
        Path log = world.services.store().history("preproduction").get(0).folder().resolve(RunStore.LOG);
        assertThat(Files.readString(log)).contains("\"@message\":\"provider: authenticating with password ****\"");
        assertThat(probe.outcome().status()).isEqualTo(RunOutcome.Status.SUCCEEDED);
    }
}
