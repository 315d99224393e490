package io.triptych.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.triptych.config.KubernetesConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding the kubeconfig and its context the way kubectl does, with one-line errors that hold no secret. */
class KubeconfigsTest {
    private static final String TOKEN = "tok-3f9a8e7d6c5b";
    @TempDir
    Path dir;

    @Test
    void anUnknownContextIsRefusedWithTheListOfExistingOnes() throws Exception {
        Path file = kubeconfig(dir.resolve("config"));

        assertThatThrownBy(() -> Kubeconfigs.open(config(file, "prod"), Map.of(), dir))
                .isInstanceOf(KubernetesException.class)
                .hasMessage("context 'prod' not found in " + file + "; contexts there: dev, staging")
                .hasMessageNotContaining(TOKEN);
    }

    @Test
    void theCurrentContextIsUsedWhenTheSiteFileNamesNone() throws Exception {
        Path file = kubeconfig(dir.resolve("config"));

        Kubeconfigs.Cluster c = Kubeconfigs.open(new KubernetesConfig(Optional.of(file), Optional.empty(), List.of()),
                Map.of(), dir);

        assertThat(c.context()).isEqualTo("staging");
        assertThat(c.server()).isEqualTo("https://staging.example.org:6443");
        assertThat(c.config().getAutoOAuthToken()).isEqualTo(TOKEN);
    }

    @Test
    void aNamedContextPicksItsOwnCluster() throws Exception {
        Path file = kubeconfig(dir.resolve("config"));

        assertThat(Kubeconfigs.open(config(file, "dev"), Map.of(), dir).server())
                .isEqualTo("https://dev.example.org:6443");
    }

    @Test
    void aMissingKubeconfigSaysWhichFileAndWhatToFix() {
        Path missing = dir.resolve("nope.yaml");

        assertThatThrownBy(() -> Kubeconfigs.open(config(missing, "dev"), Map.of(), dir))
                .hasMessage("kubeconfig " + missing + " not found: fix 'kubeconfig:' in the site file");
    }

    @Test
    void withoutAPathKubeconfigFromTheEnvironmentComesFirstThenTheHomeFile() throws Exception {
        Path fromEnv = kubeconfig(dir.resolve("env-config"));
        Path home = dir.resolve("home");
        Path homeFile = kubeconfig(Files.createDirectories(home.resolve(".kube")).resolve("config"));

        assertThat(Kubeconfigs.locate(Optional.empty(), Map.of("KUBECONFIG", dir.resolve("absent") + ":" + fromEnv),
                home)).containsExactly(fromEnv);
        assertThat(Kubeconfigs.locate(Optional.empty(), Map.of(), home)).containsExactly(homeFile);
    }

    /** As kubectl: every file of KUBECONFIG is read; the first to set a context, cluster, user or current-context wins. */
    @Test
    void kubeconfigFilesAreMergedAsKubectlDoes() throws Exception {
        Path first = dir.resolve("contexts.yaml");
        Files.writeString(first, String.join("\n", "apiVersion: v1", "kind: Config",
                "clusters:", "- name: ops", "  cluster: {server: \"https://ops.example.org:6443\"}",
                "contexts:", "- name: ops", "  context: {cluster: ops, user: zoe, namespace: fsgs}",
                "current-context: ops", ""));
        Path second = dir.resolve("users.yaml");
        Files.writeString(second, String.join("\n", "apiVersion: v1", "kind: Config",
                "clusters:", "- name: ops", "  cluster: {server: \"https://shadowed.example.org\"}",
                "- name: lab", "  cluster: {server: \"https://lab.example.org:6443\"}",
                "users:", "- name: zoe", "  user: {token: " + TOKEN + "}",
                "contexts:", "- name: lab", "  context: {cluster: lab, user: zoe}",
                "current-context: lab", ""));
        Map<String, String> env = Map.of("KUBECONFIG", first + java.io.File.pathSeparator + second);

        Kubeconfigs.Cluster current = Kubeconfigs.open(new KubernetesConfig(Optional.empty(), Optional.empty(),
                List.of()), env, dir);
        Kubeconfigs.Cluster lab = Kubeconfigs.open(new KubernetesConfig(Optional.empty(), Optional.of("lab"),
                List.of()), env, dir);

        assertThat(current.context()).isEqualTo("ops");
        assertThat(current.server()).isEqualTo("https://ops.example.org:6443");
        assertThat(current.config().getAutoOAuthToken()).isEqualTo(TOKEN);
        assertThat(lab.server()).isEqualTo("https://lab.example.org:6443");
        assertThatThrownBy(() -> Kubeconfigs.open(new KubernetesConfig(Optional.empty(), Optional.of("nope"),
                List.of()), env, dir)).hasMessageContaining("contexts there: ops, lab").hasMessageNotContaining(TOKEN);
    }

    @Test
    void noKubeconfigAnywhereNamesTheDefaultPath() {
        assertThatThrownBy(() -> Kubeconfigs.locate(Optional.empty(), Map.of(), dir))
                .hasMessageStartingWith("no kubeconfig: " + dir.resolve(".kube").resolve("config") + " not found");
    }

    @Test
    void aBrokenKubeconfigIsNamedButNeverQuoted() throws Exception {
        Path file = dir.resolve("config");
        Files.writeString(file, "users: [ {name: x, user: {token: " + TOKEN + "}\n  - : :\n");

        assertThatThrownBy(() -> Kubeconfigs.open(config(file, "dev"), Map.of(), dir))
                .hasMessageContaining(file.toString()).hasMessageNotContaining(TOKEN);
    }

    private static KubernetesConfig config(Path file, String context) {
        return new KubernetesConfig(Optional.of(file), Optional.of(context), List.of());
    }

    private static Path kubeconfig(Path file) throws Exception {
        Files.writeString(file, String.join("\n",
                "apiVersion: v1",
                "kind: Config",
                "clusters:",
                "- name: dev",
                "  cluster: {server: 'https://dev.example.org:6443'}",
                "- name: staging",
                "  cluster: {server: 'https://staging.example.org:6443/'}",
                "users:",
                "- name: ops",
                "  user: {token: " + TOKEN + "}",
                "contexts:",
                "- name: dev",
                "  context: {cluster: dev, user: ops}",
                "- name: staging",
                "  context: {cluster: staging, user: ops}",
                "current-context: staging",
                ""));
        return file;
    }
}
