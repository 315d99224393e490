package io.triptych.config;

import java.nio.file.Path;
import java.util.Map;

/**
 * Whether the kubeconfig context an environment uses has {@code insecure-skip-tls-verify: true} on its cluster.
 * Finds the file as kubectl does ({@link KubeconfigFiles}: the site file's path, else every file of
 * KUBECONFIG merged, else ~/.kube/config). Reads that one flag only; a file it cannot read says nothing (the
 * Kubernetes section will).
 */
final class KubeconfigTls {
    private KubeconfigTls() {
    }

    static boolean skipsVerify(KubernetesConfig site, Map<String, String> env, Path home) {
        KubeconfigFiles kubeconfig = KubeconfigFiles.read(site.kubeconfig(), env, home);
        return site.context().or(kubeconfig::currentContext).flatMap(kubeconfig::context)
                .map(c -> kubeconfig.skipsVerify(c.cluster())).orElse(false);
    }
}
