package io.triptych.demo;

import static io.triptych.demo.ServiceSpec.REGISTRY;
import static io.triptych.demo.ServiceSpec.both;
import static io.triptych.domain.ServiceKind.DEPLOYMENT;
import static io.triptych.domain.ServiceKind.STATEFULSET;

import java.util.List;

/**
 * The 22 services of demo-site.md §2.5 and the Swarm-only ops extras. The production-only
 * Kubernetes workloads (ingress-nginx, kube-prometheus-stack) are in {@link DemoWorkloads}.
 */
final class DemoServices {
    static final List<ServiceSpec> SPECS = List.of(
            both("messaging", "nats", "nats:2.10.22-alpine", 1, 3, STATEFULSET, 3, "fsgs-messaging"),
            both("vhf", "receiver", REGISTRY + "vhf-receiver:3.4.1", 1, 1, DEPLOYMENT, 2, "fsgs-vhf"),
            both("vhf", "pkt-db", REGISTRY + "vhf-pkt-db:2.1.0", 1, 1, DEPLOYMENT, 2, "fsgs-vhf"),
            both("vhf", "preproc", REGISTRY + "vhf-preproc:1.9.3", 1, 2, DEPLOYMENT, 3, "fsgs-vhf"),
            both("alerts", "voevent-publisher", REGISTRY + "voevent-publisher:2.0.4", 1, 1, DEPLOYMENT, 2,
                    "fsgs-alerts"),
            both("alerts", "gcn-bridge", REGISTRY + "gcn-bridge:1.2.0", 0, 1, DEPLOYMENT, 1, "fsgs-alerts"),
            both("xband", "preproc", REGISTRY + "x-band-preproc:1.1.8", 1, 1, DEPLOYMENT, 2, "fsgs-pipelines"),
            // Production still runs 4.2.1: pipeline 48213 waits for approval of deploy:prod.
            both("sdb", "api", REGISTRY + "sdb-api:4.3.0", 1, 2, DEPLOYMENT, 3, "fsgs-sdb")
                    .inProductionRuns(REGISTRY + "sdb-api:4.2.1"),
            both("sdb", "api-import", REGISTRY + "sdb-api:4.3.0", 1, 1, DEPLOYMENT, 2, "fsgs-sdb")
                    .inProductionRuns(REGISTRY + "sdb-api:4.2.1"),
            both("calib", "crest", REGISTRY + "crest:5.0.2", 1, 1, DEPLOYMENT, 2, "fsgs-calib"),
            both("pipelines", "orchestrator", REGISTRY + "orchestrator:1.6.0", 1, 1, DEPLOYMENT, 2,
                    "fsgs-pipelines"),
            both("pipelines", "ecpi", REGISTRY + "ecpi:2.3.1", 1, 2, DEPLOYMENT, 4, "fsgs-pipelines"),
            both("pipelines", "eclgrm", REGISTRY + "eclgrm:0.8.6", 1, 1, DEPLOYMENT, 2, "fsgs-pipelines"),
            both("web", "eclgrm-ui", REGISTRY + "eclgrm-ui:0.8.6", 1, 1, DEPLOYMENT, 2, "fsgs-web"),
            both("pipelines", "mxt", REGISTRY + "mxt-pipeline:1.4.0", 1, 1, DEPLOYMENT, 3, "fsgs-pipelines"),
            both("pipelines", "vt-vvpp", REGISTRY + "vt-vvpp:1.2.5", 1, 1, DEPLOYMENT, 2, "fsgs-pipelines"),
            both("pipelines", "vtac", REGISTRY + "vtac:1.0.9", 1, 1, DEPLOYMENT, 2, "fsgs-pipelines"),
            both("gic", "colibri-interface", REGISTRY + "colibri-interface:2.2.0", 1, 1, DEPLOYMENT, 2, "fsgs-gic"),
            both("web", "fsc-portal", REGISTRY + "fsc-portal:3.8.0", 1, 2, DEPLOYMENT, 3, "fsgs-web"),
            both("web", "ba-console", REGISTRY + "ba-console:2.4.2", 1, 1, DEPLOYMENT, 2, "fsgs-web"),
            both("auth", "keycloak", "quay.io/keycloak/keycloak:24.0.5", 1, 1, STATEFULSET, 2, "fsgs-auth"),
            // In production the edge proxy is the ingress-nginx DaemonSet.
            ServiceSpec.swarmOnly("edge", "nginx", "nginx:1.27-alpine", 1, 2, true),
            ServiceSpec.swarmOnly("ops", "portainer", "portainer/portainer-ce:2.21.4", 1, 1, true),
            ServiceSpec.swarmOnly("ops", "prometheus", "prom/prometheus:v2.54.1", 1, 1, false),
            ServiceSpec.swarmOnly("ops", "grafana", "grafana/grafana:11.2.2", 1, 1, false));

    private DemoServices() {
    }
}
