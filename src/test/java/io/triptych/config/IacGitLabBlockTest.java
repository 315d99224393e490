package io.triptych.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The iac: gitlab: block: read with its defaults, and each mistake as one file:line:column line. */
class IacGitLabBlockTest {
    private static final String HEAD = """
            site: S
            environments:
              - id: preproduction
                name: Pre-production
                gitlab: { url: https://gitlab.example.org, token-env: GL, projects: [svom/app] }
            """;

    @TempDir
    Path dir;

    private Path write(String yaml) throws Exception {
        Path file = dir.resolve("site.yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        return file;
    }

    private List<String> problems(String yaml) throws Exception {
        Path file = write(yaml);
        ConfigException e = catchThrowableOfType(ConfigException.class,
                () -> new SiteFileReader(Path.of("/home/op")).read(file));
        assertThat(e).as("refused").isNotNull();
        return e.problems().stream().map(p -> p.substring(file.toString().length() + 1)).toList();
    }

    @Test
    void theBlockIsReadWithTheEnvironmentsGitLabAndDefaultJobNames() throws Exception {
        Path file = write(HEAD + """
                    iac:
                      gitlab:
                        project: svom/infra
                        ref: main
                        variables: { TF_ENV: preprod }
                        jobs: { plan: tf-plan }
                """);
        IacGitLabConfig c = new SiteFileReader(Path.of("/home/op")).read(file).environments().get(0).iacGitLab()
                .orElseThrow();
        assertThat(c.project()).isEqualTo("svom/infra");
        assertThat(c.ref()).isEqualTo("main");
        assertThat(c.variables()).isEqualTo(Map.of("TF_ENV", "preprod"));
        assertThat(c.jobs()).containsEntry("plan", "tf-plan").containsEntry("apply", "apply")
                .containsEntry("drift", "drift").containsEntry("ansible-check", "ansible-check")
                .containsEntry("ansible-run", "ansible-run");
        assertThat(c.gitlab().tokenEnv()).isEqualTo("GL");
    }

    @Test
    void anUnknownJobActionIsReportedWithTheClosestOne() throws Exception {
        assertThat(problems(HEAD + """
                    iac:
                      gitlab: { project: svom/infra, ref: main, jobs: { aply: tf-apply } }
                """)).containsExactly("7:57: unknown key 'aply' in 'jobs' — did you mean 'apply'?");
    }

    @Test
    void missingKeysAndAMissingGitLabBlockAreEachSaid() throws Exception {
        assertThat(problems("""
                site: S
                environments:
                  - id: preproduction
                    name: Pre-production
                    swarm: {}
                    iac:
                      gitlab: { projet: svom/infra }
                """)).containsExactly(
                "7:7: 'iac: gitlab:' needs the environment's gitlab: block — add gitlab: { url: …, token-env: …,"
                        + " projects: [...] }: its server and token run the pipelines",
                "7:15: missing 'project' in 'gitlab' — name the project whose pipelines run Terraform and Ansible:"
                        + " project: group/infra",
                "7:15: missing 'ref' in 'gitlab' — name the branch the pipelines run on: ref: main",
                "7:17: unknown key 'projet' in 'gitlab' — did you mean 'project'?");
    }

    @Test
    void aSecretLookingVariableIsRefused() throws Exception {
        List<String> p = problems(HEAD + """
                    iac:
                      gitlab: { project: svom/infra, ref: main, variables: { TF_TOKEN: abc } }
                """);
        assertThat(p).hasSize(1);
        assertThat(p.get(0)).startsWith("7:").contains("TF_TOKEN").doesNotContain("abc");
    }
}
