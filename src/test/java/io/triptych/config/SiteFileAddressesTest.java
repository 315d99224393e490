package io.triptych.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Values that used to pass the check and fail later: a port past 65535, a kubeconfig that is not there,
 * a password inside a GitLab address, and an environment with nothing to watch.
 */
class SiteFileAddressesTest {
    @TempDir
    Path dir;

    private Path file;

    @BeforeEach
    void setUp() {
        file = dir.resolve("site.yaml");
    }

    private List<String> problemsOf(String yaml) throws Exception {
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        ConfigException e = catchThrowableOfType(ConfigException.class,
                () -> new SiteFileReader(Path.of("/home/op"), CloudCheck.NONE).read(file));
        assertThat(e).as("the file is refused").isNotNull();
        return e.problems();
    }

    private String at(int line, int column, String rest) {
        return file + ":" + line + ":" + column + ": " + rest;
    }

    @Test
    void aPortPast65535IsRefusedWhereItStands() throws Exception {
        assertThat(problemsOf("""
                site: S
                environments:
                  - id: a
                    name: A
                    gitlab:
                      url: https://gitlab.example.org:99999
                      projects: [g/p]
                    openstack: { cloud: c, dashboard: "https://horizon.example.org:0" }
                    swarm: { host: "tcp://docker.example.org:99999" }
                """)).containsExactly(
                at(6, 12, "'url' has port 99999, outside 1 to 65535 — write a port from 1 to 65535, or none for"
                        + " the scheme's default"),
                at(8, 39, "'dashboard' has port 0, outside 1 to 65535 — write a port from 1 to 65535, or none for"
                        + " the scheme's default"),
                at(9, 20, "'host' has port 99999, outside 1 to 65535 — write a port from 1 to 65535, like"
                        + " tcp://HOST:2376"));
    }

    @Test
    void aPasswordInTheGitLabAddressIsRefusedAndNotRepeated() throws Exception {
        List<String> problems = problemsOf("""
                site: S
                environments:
                  - id: a
                    name: A
                    gitlab: { url: "https://deploy:s3cr3t@gitlab.example.org", projects: [g/p] }
                """);

        assertThat(problems).containsExactly(at(5, 20, "'url' holds a user name or password before '@' (not"
                + " repeated here) — remove 'user:password@': the token is read from the variable token-env names"));
        assertThat(String.join("\n", problems)).doesNotContain("s3cr3t").doesNotContain("deploy");
    }

    @Test
    void aMalformedAddressWithAnAtSignIsNotRepeated() throws Exception {
        List<String> problems = problemsOf("""
                site: S
                environments:
                  - id: a
                    name: A
                    gitlab: { url: "https://deploy:p@ss word@gitlab.example.org", projects: [g/p] }
                """);

        assertThat(problems).singleElement().asString().startsWith(at(5, 20, "'url' is not a web address"));
        assertThat(String.join("\n", problems)).doesNotContain("ss word");
    }

    @Test
    void aKubeconfigThatIsNotThereIsRefused() throws Exception {
        Files.createDirectory(dir.resolve("kube"));
        assertThat(problemsOf("""
                site: S
                environments:
                  - id: a
                    name: A
                    kubernetes: { kubeconfig: ./missing-kubeconfig }
                  - id: b
                    name: B
                    kubernetes: { kubeconfig: ./kube }
                """)).containsExactly(
                at(5, 31, "kubeconfig " + dir.resolve("missing-kubeconfig") + " does not exist — fix the path, or"
                        + " remove 'kubeconfig:' to use KUBECONFIG or ~/.kube/config"),
                at(8, 31, "kubeconfig " + dir.resolve("kube") + " is not a regular file — fix the path, or"
                        + " remove 'kubeconfig:' to use KUBECONFIG or ~/.kube/config"));
    }

    @Test
    void anEnvironmentWithNoSourceIsRefused() throws Exception {
        assertThat(problemsOf("""
                site: S
                environments:
                  - id: a
                    name: A
                    terraform: { dir: ./infra }
                """)).containsExactly(at(3, 5, "environment 'a' has nothing to watch — add an openstack:, swarm:,"
                + " kubernetes: or gitlab: block (terraform: and ansible: alone show no health)"));
    }
}
