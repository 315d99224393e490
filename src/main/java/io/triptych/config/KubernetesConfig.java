package io.triptych.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * An environment's Kubernetes cluster.
 *
 * @param kubeconfig resolved; empty means kubectl's own search (KUBECONFIG, then ~/.kube/config)
 * @param context    empty means the kubeconfig's current context
 * @param namespaces empty means every namespace the context may list
 */
public record KubernetesConfig(Optional<Path> kubeconfig, Optional<String> context, List<String> namespaces) {
    public KubernetesConfig {
        namespaces = List.copyOf(namespaces);
    }
}
