package io.triptych.demo;

import io.triptych.domain.Server;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The 24 VMs of demo-site.md §2.2, created in the past relative to the world's start. */
final class DemoServers {
    static final String NO_VALID_HOST = "No valid host was found. There are not enough hosts available.";
    private static final String ALMA = "AlmaLinux-9.4-x86_64";
    private static final String UBUNTU = "Ubuntu-22.04-x86_64";

    private DemoServers() {
    }

    static List<Server> forEnvironment(String envId, Instant start) {
        Rows rows = new Rows(envId, start);
        switch (envId) {
            case DemoEnvironments.INTEGRATION:
                rows.vm("fsgs-int-bastion-01", "m1.small", "ACTIVE", "bastion", 540, "198.51.100.10", "192.0.2.10");
                rows.vm("fsgs-int-swarm-mgr-01", "m1.large", "ACTIVE", "swarm_managers", 538, "198.51.100.11");
                rows.vm("fsgs-int-swarm-wrk-01", "m1.xlarge", "ACTIVE", "swarm_workers", 538, "198.51.100.21");
                rows.vm("fsgs-int-swarm-wrk-02", "m1.xlarge", "ACTIVE", "swarm_workers", 301, "198.51.100.22");
                rows.vm("fsgs-int-db-01", "m1.large", "ACTIVE", "db", 537, "198.51.100.31");
                rows.vm("fsgs-int-ci-runner-01", "m1.large", "SHUTOFF", "ci_runners", 412, "198.51.100.41");
                break;
            case DemoEnvironments.PREPRODUCTION:
                rows.vm("fsgs-pp-bastion-01", "m1.small", "ACTIVE", "bastion", 470, "198.51.100.70", "192.0.2.20");
                rows.vm("fsgs-pp-swarm-mgr-01", "m1.large", "ACTIVE", "swarm_managers", 468,
                        "198.51.100.71", "192.0.2.21");
                rows.vm("fsgs-pp-swarm-wrk-01", "c1.2xlarge", "ACTIVE", "swarm_workers", 468, "198.51.100.81");
                rows.vm("fsgs-pp-swarm-wrk-02", "c1.2xlarge", "ACTIVE", "swarm_workers", 466, "198.51.100.82");
                rows.vm("fsgs-pp-swarm-wrk-03", "c1.2xlarge", "ERROR", "swarm_workers", 2, "198.51.100.83");
                rows.vm("fsgs-pp-db-01", "r1.xlarge", "ACTIVE", "db", 467, "198.51.100.91");
                break;
            case DemoEnvironments.PRODUCTION:
                rows.vm("fsgs-prod-bastion-01", "m1.small", "ACTIVE", "bastion", 455, "203.0.113.10", "192.0.2.31");
                rows.vm("fsgs-prod-lb-01", "m1.medium", "ACTIVE", "lb", 120, "203.0.113.11", "192.0.2.30");
                rows.vm("fsgs-prod-lb-02", "m1.medium", "ACTIVE", "lb", 120, "203.0.113.12", "192.0.2.30");
                rows.vm("fsgs-prod-k8s-cp-01", "m1.large", "ACTIVE", "k8s_cp", 118, "203.0.113.21");
                rows.vm("fsgs-prod-k8s-cp-02", "m1.large", "ACTIVE", "k8s_cp", 118, "203.0.113.22");
                rows.vm("fsgs-prod-k8s-cp-03", "m1.large", "ACTIVE", "k8s_cp", 118, "203.0.113.23");
                rows.vm("fsgs-prod-k8s-wrk-01", "c1.2xlarge", "ACTIVE", "k8s_workers", 117, "203.0.113.31");
                rows.vm("fsgs-prod-k8s-wrk-02", "c1.2xlarge", "ACTIVE", "k8s_workers", 117, "203.0.113.32");
                rows.vm("fsgs-prod-k8s-wrk-03", "c1.2xlarge", "BUILD", "k8s_workers", 0, "203.0.113.33");
                rows.vm("fsgs-prod-db-01", "r1.xlarge", "ACTIVE", "db", 452, "203.0.113.41");
                rows.vm("fsgs-prod-db-02", "r1.xlarge", "ACTIVE", "db", 452, "203.0.113.42");
                rows.vm("fsgs-prod-swarm-legacy-01", "m1.xlarge", "SHUTOFF", "swarm_workers", 455, "203.0.113.51");
                break;
            default:
                throw new IllegalArgumentException("no demo environment '" + envId + "'");
        }
        return rows.servers;
    }

    private static final class Rows {
        private final String envId;
        private final Instant start;
        private final List<Server> servers = new ArrayList<>();

        Rows(String envId, Instant start) {
            this.envId = envId;
            this.start = start;
        }

        /** ageDays 0 means "being built right now": created a few minutes before the start. */
        void vm(String name, String flavor, String status, String group, int ageDays, String... addresses) {
            Duration age = ageDays == 0 ? Duration.ofMinutes(3)
                    : Duration.ofDays(ageDays).plusMinutes(37L * ageDays % 600);
            String image = group.equals("bastion") ? UBUNTU : ALMA;
            String fault = status.equals("ERROR") ? NO_VALID_HOST : "";
            Map<String, String> metadata = new java.util.HashMap<>(Map.of(
                    "managed_by", "terraform",
                    "ansible_group", group,
                    "env", DemoEnvironments.shortName(envId),
                    "keypair", "fsgs-ops-2025"));
            if (group.equals("ci_runners")) {
                metadata.put("expected_state", "shutoff"); // stopped on purpose: triage must not flag it
            }
            servers.add(new Server(DemoIds.server(name), name, status, flavor, image, List.of(addresses), fault,
                    start.minus(age), metadata));
        }
    }
}
