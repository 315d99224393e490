package io.triptych.demo;

import java.util.List;

/** The containers of the demo's pods and the ports its services publish, by service name. */
final class DemoContainers {
    private DemoContainers() {
    }

    /** The main container is named after the service's last word; NATS and Keycloak carry a sidecar. */
    static List<String> of(String service) {
        if (service.startsWith("messaging-nats")) {
            return List.of("nats", "metrics");
        }
        if (service.startsWith("auth-keycloak")) {
            return List.of("keycloak", "config-cli");
        }
        if (service.equals(DemoWorkloads.INGRESS)) {
            return List.of("controller");
        }
        if (service.equals(DemoWorkloads.NODE_EXPORTER)) {
            return List.of("node-exporter");
        }
        if (service.startsWith("kube-prometheus-stack-") || service.startsWith("prometheus-")) {
            return List.of(service.substring(service.lastIndexOf('-') + 1));
        }
        int dash = service.indexOf('-');
        return List.of(dash > 0 ? service.substring(dash + 1) : service);
    }

    /** As {@code docker service ls} shows them for Swarm; the host ports of the ingress DaemonSet. */
    static List<String> ports(String service) {
        switch (service) {
            case "edge_nginx":
                return List.of("*:80->80/tcp", "*:443->443/tcp");
            case "messaging_nats":
                return List.of("*:4222->4222/tcp", "*:7422->7422/tcp");
            case "ops_portainer":
                return List.of("*:9443->9443/tcp");
            case "ops_grafana":
                return List.of("*:3000->3000/tcp");
            case "ops_prometheus":
                return List.of("*:9090->9090/tcp");
            case DemoWorkloads.INGRESS:
                return List.of("80/TCP (host)", "443/TCP (host)");
            case DemoWorkloads.NODE_EXPORTER:
                return List.of("9100/TCP (host)");
            default:
                return List.of();
        }
    }
}
