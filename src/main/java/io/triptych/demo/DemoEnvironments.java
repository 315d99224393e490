package io.triptych.demo;

import io.triptych.domain.Environment;
import java.util.List;

/** The demo site's three columns, and the few facts about each that the data files share. */
public final class DemoEnvironments {
    public static final String INTEGRATION = "integration";
    public static final String PREPRODUCTION = "preproduction";
    public static final String PRODUCTION = "production";

    private static final List<Environment> ALL = List.of(
            new Environment(INTEGRATION, "Integration", "#2e7d32", false),
            new Environment(PREPRODUCTION, "Pre-production", "#ef6c00", false),
            new Environment(PRODUCTION, "Production", "#c62828", true));

    private DemoEnvironments() {
    }

    /** In column order. */
    public static List<Environment> all() {
        return ALL;
    }

    static Environment get(String envId) {
        return ALL.stream().filter(e -> e.id().equals(envId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no demo environment '" + envId + "'"));
    }

    /** The short form used in names and metadata: int, preprod, prod. */
    static String shortName(String envId) {
        switch (envId) {
            case INTEGRATION:
                return "int";
            case PREPRODUCTION:
                return "preprod";
            case PRODUCTION:
                return "prod";
            default:
                throw new IllegalArgumentException("no demo environment '" + envId + "'");
        }
    }

    /** Nodes that run ordinary replicas (Swarm workers, Kubernetes workers), in placement order. */
    static List<String> workers(String envId) {
        switch (envId) {
            case INTEGRATION:
                return List.of("fsgs-int-swarm-wrk-01", "fsgs-int-swarm-wrk-02");
            case PREPRODUCTION:
                // wrk-03 is in ERROR: nothing is placed on it.
                return List.of("fsgs-pp-swarm-wrk-01", "fsgs-pp-swarm-wrk-02");
            case PRODUCTION:
                // wrk-03 is still building; DaemonSets spread onto it once it is ACTIVE.
                return List.of("fsgs-prod-k8s-wrk-01", "fsgs-prod-k8s-wrk-02");
            default:
                throw new IllegalArgumentException("no demo environment '" + envId + "'");
        }
    }

    /** The Swarm manager (edge proxy, Portainer) or, in production, the control-plane nodes. */
    static List<String> managers(String envId) {
        switch (envId) {
            case INTEGRATION:
                return List.of("fsgs-int-swarm-mgr-01");
            case PREPRODUCTION:
                return List.of("fsgs-pp-swarm-mgr-01");
            case PRODUCTION:
                return List.of("fsgs-prod-k8s-cp-01", "fsgs-prod-k8s-cp-02", "fsgs-prod-k8s-cp-03");
            default:
                throw new IllegalArgumentException("no demo environment '" + envId + "'");
        }
    }
}
