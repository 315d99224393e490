package io.triptych.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of bad site file, and the FILE:LINE:COLUMN line it earns. */
class SiteFileProblemsTest {
    @TempDir
    Path dir;

    private Path file;

    @BeforeEach
    void setUp() {
        file = dir.resolve("site.yaml");
    }

    private List<String> problemsOf(String yaml) throws Exception {
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        return problemsOfFile();
    }

    private List<String> problemsOfFile() {
        ConfigException e = catchThrowableOfType(ConfigException.class,
                () -> new SiteFileReader(Path.of("/home/op")).read(file));
        assertThat(e).as("the file is refused").isNotNull();
        assertThat(e.getMessage()).isEqualTo(String.join("\n", e.problems()));
        return e.problems();
    }

    private String at(int line, int column, String rest) {
        return file + ":" + line + ":" + column + ": " + rest;
    }

    @Test
    void anUnknownKeyIsReportedWithTheClosestKnownKey() throws Exception {
        assertThat(problemsOf("""
                site: S
                environments:
                  - id: prod
                    name: Prod
                    kubernetes:
                      namespace: [web]
                """)).containsExactly(at(6, 7, "unknown key 'namespace' in 'kubernetes' — did you mean 'namespaces'?"));
    }

    @Test
    void anUnknownKeyFarFromAnyKnownOneListsTheKnownKeys() throws Exception {
        assertThat(problemsOf("site: S\nenvironments: [{id: a, name: A, swarm: {}}]\ntheme: dark\n"))
                .containsExactly(at(3, 1, "unknown key 'theme' in the site file — known keys here: site, refresh,"
                        + " team, environments"));
    }

    @Test
    void aValueOfTheWrongTypeIsReportedWhereItStands() throws Exception {
        assertThat(problemsOf("""
                site: S
                environments:
                  - id: a
                    name: [A, B]
                    protected: maybe
                    swarm: { stacks: int }
                """)).containsExactly(
                at(4, 11, "'name' must be a single value, not a list — write it as name: VALUE"),
                at(5, 16, "'protected' must be true or false, not 'maybe' — write protected: true or protected: false"),
                at(6, 22, "'stacks' must be a list, not 'int' — write it as stacks: [a, b] or one '- item' per line"));
    }

    @Test
    void aBlockThatIsNotAMappingIsRefused() throws Exception {
        assertThat(problemsOf("site: S\nenvironments:\n  - id: a\n    name: A\n    openstack: fsgs-int\n"))
                .containsExactly(at(5, 16, "'openstack' must be a mapping of keys and values, not 'fsgs-int'"
                        + " — write it as 'key: value' lines indented under it, or { key: value }"));
    }

    @Test
    void aRepeatedEnvironmentIdIsRefused() throws Exception {
        assertThat(problemsOf("""
                site: S
                environments:
                  - id: int
                    name: Integration
                    swarm: {}
                  - id: int
                    name: Pre-production
                    swarm: {}
                """)).containsExactly(at(6, 9, "duplicate environment id 'int' (first on line 3)"
                + " — give each environment its own id"));
    }

    @Test
    void anIdWithCapitalsOrUnderscoresIsRefused() throws Exception {
        assertThat(problemsOf("site: S\nenvironments:\n  - id: Pre_Prod\n    name: P\n    swarm: {}\n"))
                .containsExactly(at(3, 9, "'id' must be lower-case letters, digits and dashes, not 'Pre_Prod'"
                        + " — write it like id: pre-production"));
    }

    @Test
    void anEnvironmentWithoutANameIsReportedAtItsEntry() throws Exception {
        assertThat(problemsOf("site: S\nenvironments:\n  - id: int\n    color: \"#2e7d32\"\n    swarm: {}\n"))
                .containsExactly(at(3, 5, "missing 'name' in environment 1"
                        + " — give it the name shown on its column: name: Integration"));
    }

    @Test
    void aSecretKeyIsRefusedWithWhereTheSecretBelongs() throws Exception {
        assertThat(problemsOf("""
                site: S
                environments:
                  - id: a
                    name: A
                    openstack: { cloud: c, password: hunter2 }
                    gitlab:
                      url: https://gitlab.example.org
                      projects: [a/b]
                      api-token: glpat-xxxx
                """)).containsExactly(
                at(5, 28, "'password' looks like a secret, and the site file holds none"
                        + " — put OpenStack credentials in clouds.yaml / secure.yaml and name the entry with 'cloud:'"),
                at(9, 7, "'api-token' looks like a secret, and the site file holds none — put the GitLab token"
                        + " in an environment variable and name that variable with 'token-env:' (default GITLAB_TOKEN)"));
    }

    @Test
    void aSecretIsRefusedEvenUnderAnUnknownKey() throws Exception {
        assertThat(problemsOf("site: S\nenvironments: [{id: a, name: A, swarm: {}}]\nextra:\n  db: { secret: x }\n"))
                .anySatisfy(p -> assertThat(p).startsWith(at(4, 9, "'secret' looks like a secret")))
                .allSatisfy(p -> assertThat(p).doesNotContain("x }"));
    }

    @Test
    void tokenEnvIsNotASecretButATokenInItIs() throws Exception {
        assertThat(problemsOf("""
                site: S
                environments:
                  - id: a
                    name: A
                    gitlab: { url: "https://g.example.org", projects: [a/b], token-env: glpat-abcdef }
                """)).containsExactly(at(5, 73, "'token-env' is not an environment variable name — write the name"
                + " of the variable that holds the token (like GITLAB_TOKEN), not the token"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "101", "ten", "2.5"})
    void aPipelineLimitOutsideOneToAHundredIsRefusedWhereItStands(String written) throws Exception {
        assertThat(problemsOf("""
                site: S
                environments:
                  - id: a
                    name: A
                    gitlab: { url: "https://g.example.org", projects: [a/b], limit: %s }
                """.formatted(written))).containsExactly(at(5, 69, "'limit' is not a number from 1 to 100: "
                + "'" + written + "' — write how many recent pipelines to show per project, like limit: 10"));
    }

    @Test
    void aBlankGitLabEnvironmentIsRefused() throws Exception {
        assertThat(problemsOf("""
                site: S
                environments:
                  - id: a
                    name: A
                    gitlab:
                      url: https://g.example.org
                      projects: [a/b]
                      environment: ""
                """)).containsExactly(at(8, 20, "'environment' is blank — name the GitLab environment whose last"
                + " deployment to show, like environment: production"));
    }

    @Test
    void aTerraformLockTimeoutThatIsNotADurationIsRefusedWhereItStands() throws Exception {
        assertThat(problemsOf("site: S\nenvironments:\n  - id: a\n    name: A\n"
                + "    terraform: { dir: tf, lock-timeout: 60 }\n    swarm: {}\n"))
                .containsExactly(at(5, 41, "'lock-timeout' is not a duration: '60'"
                        + " — write a number above zero and a unit: 500ms, 10s or 2m"));
    }

    @Test
    void aDurationWithoutAUnitIsRefused() throws Exception {
        assertThat(problemsOf("site: S\nrefresh: 15\nenvironments: [{id: a, name: A, swarm: {}}]\n"))
                .containsExactly(at(2, 10, "'refresh' is not a duration: '15'"
                        + " — write a number above zero and a unit: 500ms, 15s, 2m or 1h"));
    }

    @Test
    void aColourNameIsRefused() throws Exception {
        assertThat(problemsOf("site: S\nenvironments:\n  - id: a\n    name: A\n    color: red\n    swarm: {}\n"))
                .containsExactly(at(5, 12, "'color' is not a #rrggbb colour: 'red'"
                        + " — write it quoted, like color: \"#2e7d32\""));
    }

    @Test
    void anUnquotedColourIsExplainedAsAComment() throws Exception {
        assertThat(problemsOf("site: S\nenvironments:\n  - id: a\n    name: A\n    color: #2e7d32\n    swarm: {}\n"))
                .containsExactly(at(5, 5, "'color' has no value"
                        + " — quote the colour: color: \"#2e7d32\" (an unquoted # starts a comment)"));
    }

    @Test
    void aYamlSyntaxErrorGivesItsPositionAndNoStackTrace() throws Exception {
        assertThat(problemsOf("site: S\n  refresh: 15s\nenvironments: []\n"))
                .containsExactly(at(2, 10, "YAML syntax error: mapping values are not allowed here"
                        + " — check indentation, colons and quotes around this point"));
    }

    @Test
    void anEmptyFileIsRefused() throws Exception {
        assertThat(problemsOf("# nothing yet\n")).containsExactly(at(1, 1, "the file is empty"
                + " — write at least 'site: NAME' and 'environments:' with one '- id:' entry"));
    }

    @Test
    void anEmptyEnvironmentListIsRefused() throws Exception {
        assertThat(problemsOf("site: S\nenvironments: []\n")).containsExactly(at(2, 15, "'environments' is empty"
                + " — list at least one, starting with '- id: NAME' under 'environments:'"));
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedAtTheBadByte() throws Exception {
        Files.write(file, "site: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(problemsOfFile()).containsExactly(at(1, 10, "not valid UTF-8 (byte 0xE9) — save the file as UTF-8"));
    }

    @Test
    void aFolderInsteadOfAFileIsRefusedWithoutAPosition() throws Exception {
        Files.createDirectory(file);

        assertThat(problemsOfFile()).singleElement().asString().startsWith(file + ": cannot be read");
    }

    @Test
    void everyProblemOfTheFileIsReportedInFileOrder() throws Exception {
        List<String> problems = problemsOf("""
                site: S
                refresh: soon
                environments:
                  - id: a
                    nme: A
                  - id: a
                    name: B
                    swarm: { host: localhost }
                    kubernetes: {}
                    terraform: {}
                """);

        assertThat(problems).extracting(p -> p.substring(file.toString().length())).containsExactly(
                ":2:10: 'refresh' is not a duration: 'soon' — write a number above zero and a unit: 500ms, 15s, 2m or 1h",
                ":4:5: missing 'name' in environment 1 — give it the name shown on its column: name: Integration",
                ":4:5: environment 'a' has nothing to watch — add an openstack:, swarm:, kubernetes: or gitlab: block"
                        + " (terraform: and ansible: alone show no health)",
                ":5:5: unknown key 'nme' in environment 1 — did you mean 'name'?",
                ":6:9: duplicate environment id 'a' (first on line 4) — give each environment its own id",
                ":8:20: 'host' is not a Docker address: 'localhost' — write unix:///var/run/docker.sock or tcp://HOST:2376",
                ":10:16: missing 'dir' in 'terraform' — write the folder of the root module: dir: ../infra/terraform");
    }

    @Test
    void repeatedKeysAndMissingTopLevelKeysAreReported() throws Exception {
        assertThat(problemsOf("site: S\nsite: T\nenvironment:\n  - id: a\n")).containsExactly(
                at(1, 1, "missing 'environments' in the site file"
                        + " — list at least one, starting with '- id: NAME' under 'environments:'"),
                at(2, 1, "'site' appears twice in the site file (first on line 1) — keep only one"),
                at(3, 1, "unknown key 'environment' in the site file — did you mean 'environments'?"));
    }
}
