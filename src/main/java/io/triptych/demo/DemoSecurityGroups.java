package io.triptych.demo;

import io.triptych.domain.Rule;
import io.triptych.domain.SecurityGroup;
import java.util.ArrayList;
import java.util.List;

/**
 * The security groups of demo-site.md §2.4. Swarm groups exist where Swarm runs (integration,
 * pre-production), load-balancer and Kubernetes groups in production; the rest everywhere.
 */
final class DemoSecurityGroups {
    private static final String ANYWHERE = "0.0.0.0/0";
    private static final String ADMIN_VPN = "192.0.2.240/28";
    private static final String VHF_RELAY = "192.0.2.224/28";
    private static final String CSC_PARTNER = "192.0.2.208/28";

    private DemoSecurityGroups() {
    }

    static List<SecurityGroup> forEnvironment(String envId) {
        boolean k8s = envId.equals(DemoEnvironments.PRODUCTION);
        // Who runs the workloads that talk to NATS and PostgreSQL.
        String workloads = k8s ? "sg-k8s-nodes" : "sg-swarm";
        List<SecurityGroup> groups = new ArrayList<>();
        groups.add(group(envId, "default", "Default security group",
                in("any", null, null, group("default")),
                out("IPv4", ANYWHERE), out("IPv6", "::/0")));
        groups.add(group(envId, "sg-ssh-bastion", "SSH from the admin VPN to the bastion",
                in("tcp", 22, 22, ADMIN_VPN)));
        groups.add(group(envId, "sg-ssh-internal", "SSH from the bastion only",
                in("tcp", 22, 22, group("sg-ssh-bastion"))));
        if (k8s) {
            groups.add(group(envId, "sg-lb", "HAProxy + keepalived in front of the cluster",
                    in("tcp", 80, 80, ANYWHERE), in("tcp", 443, 443, ANYWHERE),
                    in("tcp", 6443, 6443, ADMIN_VPN), in("vrrp", null, null, group("sg-lb"))));
            groups.add(group(envId, "sg-k8s-cp", "Kubernetes control plane and etcd",
                    in("tcp", 6443, 6443, group("sg-lb")), in("tcp", 6443, 6443, group("sg-k8s-nodes")),
                    in("tcp", 2379, 2380, group("sg-k8s-cp")), in("tcp", 10250, 10250, group("sg-k8s-cp")),
                    in("tcp", 10257, 10257, group("sg-k8s-cp")), in("tcp", 10259, 10259, group("sg-k8s-cp"))));
            groups.add(group(envId, "sg-k8s-nodes", "Kubernetes workers: kubelet, CNI VXLAN, NodePorts",
                    in("tcp", 10250, 10250, group("sg-k8s-cp")), in("udp", 8472, 8472, group("sg-k8s-nodes")),
                    in("tcp", 30000, 32767, group("sg-lb"))));
        } else {
            groups.add(group(envId, "sg-swarm", "Docker Swarm cluster traffic (encrypted overlay fscnet)",
                    in("tcp", 2377, 2377, group("sg-swarm")), in("tcp", 7946, 7946, group("sg-swarm")),
                    in("udp", 7946, 7946, group("sg-swarm")), in("udp", 4789, 4789, group("sg-swarm")),
                    in("esp", null, null, group("sg-swarm"))));
            groups.add(group(envId, "sg-edge-web", "Public HTTP(S) to the edge nginx",
                    in("tcp", 80, 80, ANYWHERE), in("tcp", 443, 443, ANYWHERE)));
        }
        groups.add(group(envId, "sg-nats", "NATS clients, cluster routes, partner leaf node, monitoring",
                in("tcp", 4222, 4222, group(workloads)), in("tcp", 6222, 6222, group("sg-nats")),
                in("tcp", 7422, 7422, CSC_PARTNER), in("tcp", 8222, 8222, group("sg-monitoring"))));
        groups.add(group(envId, "sg-vhf-ingest", "VHF packets from the relay gateway",
                in("tcp", 20100, 20100, VHF_RELAY)));
        groups.add(group(envId, "sg-postgres", "PostgreSQL from the workloads",
                in("tcp", 5432, 5432, group(workloads))));
        groups.add(group(envId, "sg-monitoring", "node-exporter scrape, Grafana and Prometheus from the VPN",
                in("tcp", 9100, 9100, group("sg-monitoring")), in("tcp", 3000, 3000, ADMIN_VPN),
                in("tcp", 9090, 9090, ADMIN_VPN)));
        return groups;
    }

    private static SecurityGroup group(String envId, String name, String description, Rule... rules) {
        return new SecurityGroup(DemoIds.securityGroup(envId, name), name, description, List.of(rules));
    }

    private static String group(String name) {
        return "group:" + name;
    }

    private static Rule in(String protocol, Integer portMin, Integer portMax, String remote) {
        return new Rule("ingress", "IPv4", protocol, portMin, portMax, remote);
    }

    private static Rule out(String ethertype, String remote) {
        return new Rule("egress", ethertype, "any", null, null, remote);
    }
}
