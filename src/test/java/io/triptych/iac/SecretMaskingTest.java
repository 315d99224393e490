package io.triptych.iac;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretMaskingTest {
    @TempDir
    Path tmp;

    @Test
    void valuesOfSecretLookingVariablesAndCloudSecretsAreMasked() {
        SecretMasker m = SecretMasker.forEnvironment(Map.of("OS_PASSWORD", "hunter2-secret", "HOME", "/root",
                "GITLAB_TOKEN", "glpat-abcdef"), List.of("app-cred-s3cr3t"));

        assertThat(m.mask("auth with hunter2-secret and glpat-abcdef, home /root, cred app-cred-s3cr3t"))
                .isEqualTo("auth with **** and ****, home /root, cred ****");
    }

    @Test
    void passwordAndTokenPatternsAreMaskedWhateverTheirValue() {
        SecretMasker m = SecretMasker.of(List.of());

        assertThat(m.mask("db password=Pa55word! user=admin")).isEqualTo("db password=**** user=admin");
        assertThat(m.mask("{\"password\": \"x1y2z3\", \"user\": \"u\"}"))
                .isEqualTo("{\"password\": \"****\", \"user\": \"u\"}");
        assertThat(m.mask("Authorization: Bearer abc.def.ghi")).isEqualTo("Authorization: Bearer ****");
        assertThat(m.mask("OS_APPLICATION_CREDENTIAL_SECRET: 'zz99'")).isEqualTo(
                "OS_APPLICATION_CREDENTIAL_SECRET: '****'");
        assertThat(m.mask("\"id_key\":\"id\"")).isEqualTo("\"id_key\":\"id\"");
    }

    @Test
    void aPlantedSecretNeverReachesTheEventsTheStoredLogOrTheAuditLine() throws Exception {
        StandIns world = new StandIns(tmp);
        String planted = "s3cr3t-planted-value";
        RunProbe probe = new RunProbe();
        world.launcher(Map.of("OS_PASSWORD", planted)).launch(world.terraform(
                Map.of("FAKE_TF_LEAK", planted, "TF_VAR_db_password", "other-s3cr3t"), List.of("cloud-secret-1")),
                RunAction.PLAN, LaunchOptions.NONE, probe);
        probe.awaitEnd();

        assertThat(probe.text()).contains("password=****").doesNotContain(planted);
        Path folder = world.services.store().history("preproduction").get(0).folder();
        assertThat(Files.readString(folder.resolve(RunStore.LOG))).contains("password=****").doesNotContain(planted);
        assertThat(Files.readString(folder.resolve(RunStore.REQUEST))).doesNotContain(planted);
        assertThat(Files.readString(world.paths.auditLog())).contains("env=preproduction").doesNotContain(planted);
    }
}
