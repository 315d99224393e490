package io.triptych.kubernetes;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.triptych.config.KubernetesConfig;
import java.nio.file.Path;
import java.util.Map;

/**
 * {@code GET /version} with a context's own credentials, for {@code triptych init}: the one call that says the
 * API server answers and takes them (the server may serve /version to anyone, so a 401 here is certain, a 200
 * likely; the first listing in the window says the rest).
 */
public final class VersionProbe {
    private static final int TIMEOUT_MS = 10_000;

    private VersionProbe() {
    }

    /** What it said: {version, server}; fails with one line. */
    public static String[] version(KubernetesConfig site, Map<String, String> env, Path home) throws KubernetesException {
        Kubeconfigs.Cluster c = Kubeconfigs.open(site, env, home);
        c.config().setConnectionTimeout(TIMEOUT_MS);
        c.config().setRequestTimeout(TIMEOUT_MS);
        try (KubernetesClient client = new KubernetesClientBuilder().withConfig(c.config()).build()) {
            io.fabric8.kubernetes.client.VersionInfo v = client.getKubernetesVersion();
            String version = v.getGitVersion() != null ? v.getGitVersion() : v.getMajor() + "." + v.getMinor();
            return new String[] {version, c.server()};
        } catch (RuntimeException e) {
            throw KubeErrors.describe(e, c.server(), c.context(), "GET /version");
        }
    }
}
