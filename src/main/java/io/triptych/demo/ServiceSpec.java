package io.triptych.demo;

import io.triptych.domain.ServiceKind;

/**
 * One row of demo-site.md §2.5: a Swarm service in integration and pre-production and, unless
 * {@code k8sKind} is null, its Kubernetes workload in production.
 *
 * @param onManagers Swarm placement constraint {@code node.role==manager}
 * @param prodImage  the image production runs, when it lags behind (a release awaiting approval)
 */
record ServiceSpec(String stack, String service, String image, int intReplicas, int ppReplicas,
                   ServiceKind k8sKind, int k8sReplicas, String namespace, boolean onManagers, String prodImage) {

    static final String REGISTRY = "registry.example.org/svom/fsc/";

    static ServiceSpec both(String stack, String service, String image, int intReplicas, int ppReplicas,
                            ServiceKind k8sKind, int k8sReplicas, String namespace) {
        return new ServiceSpec(stack, service, image, intReplicas, ppReplicas, k8sKind, k8sReplicas, namespace,
                false, image);
    }

    static ServiceSpec swarmOnly(String stack, String service, String image, int intReplicas, int ppReplicas,
                                 boolean onManagers) {
        return new ServiceSpec(stack, service, image, intReplicas, ppReplicas, null, 0, null, onManagers, image);
    }

    ServiceSpec inProductionRuns(String olderImage) {
        return new ServiceSpec(stack, service, image, intReplicas, ppReplicas, k8sKind, k8sReplicas, namespace,
                onManagers, olderImage);
    }

    /** {@code sdb_api-import}: the fact-based {@code <stack>_<service>} pattern. */
    String swarmName() {
        return stack + "_" + service;
    }

    /** {@code sdb-api-import}: the same words as a Kubernetes object name. */
    String k8sName() {
        return stack + "-" + service;
    }

    int replicas(String envId) {
        switch (envId) {
            case DemoEnvironments.INTEGRATION:
                return intReplicas;
            case DemoEnvironments.PREPRODUCTION:
                return ppReplicas;
            default:
                return k8sReplicas;
        }
    }
}
