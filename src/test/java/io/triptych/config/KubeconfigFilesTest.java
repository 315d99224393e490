package io.triptych.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kubeconfig as kubectl merges KUBECONFIG: what the insecure badge and init read. */
class KubeconfigFilesTest {
    @TempDir
    Path dir;

    @Test
    void aClusterOfTheSecondFileOfKubeconfigIsSeenByTheInsecureCheck() throws Exception {
        Path first = write("a.yaml", "contexts:\n- name: lab\n  context: {cluster: lab, user: u, namespace: ns1}\n"
                + "current-context: lab\n");
        Path second = write("b.yaml", "clusters:\n- name: lab\n  cluster: {server: \"https://lab:6443\","
                + " insecure-skip-tls-verify: true}\nusers:\n- name: u\n  user: {token: t}\n");
        Map<String, String> env = Map.of("KUBECONFIG", first + File.pathSeparator + dir.resolve("absent")
                + File.pathSeparator + second);

        KubeconfigFiles k = KubeconfigFiles.read(Optional.empty(), env, dir);

        assertThat(k.files()).containsExactly(first, second);
        assertThat(k.currentContext()).contains("lab");
        assertThat(k.contexts()).extracting(KubeconfigFiles.Context::namespace).containsExactly(Optional.of("ns1"));
        assertThat(k.clusterFile("lab")).contains(second);
        assertThat(KubeconfigTls.skipsVerify(new KubernetesConfig(Optional.empty(), Optional.empty(), List.of()),
                env, dir)).isTrue();
    }

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }
}
