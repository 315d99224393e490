package io.triptych.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * What the demo's Terraform and Ansible print for each demo environment: Terraform's machine-readable
 * lines (-json) and Ansible's coloured default output, shaped on the demo site's data (production scales
 * out one Kubernetes worker; pre-production's third Swarm worker is in ERROR, so Ansible cannot reach it).
 */
final class DemoRunScripts {
    private static final String ESC = "\u001B[";
    private final String env;
    private final double pace;
    private final String prefix;

    DemoRunScripts(String environmentId, double pace) {
        this.env = environmentId;
        this.pace = pace;
        this.prefix = env.equals("production") ? "fsgs-prod" : env.equals("preproduction") ? "fsgs-pp" : "fsgs-int";
    }

    private DemoProcess.Beat beat(long ms, String line) {
        return new DemoProcess.Beat(Math.round(ms * pace), line);
    }

    private static String json(String level, String message, String type, String extra) {
        return "{\"@level\":\"" + level + "\",\"@message\":\"" + message + "\",\"@module\":\"terraform.ui\","
                + "\"@timestamp\":\"" + java.time.Instant.now() + "\"," + (extra.isEmpty() ? "" : extra + ",")
                + "\"type\":\"" + type + "\"}";
    }

    private static String res(String addr) {
        int dot = addr.indexOf('.');
        return "\"resource\":{\"addr\":\"" + addr + "\",\"module\":\"\",\"resource\":\"" + addr
                + "\",\"implied_provider\":\"openstack\",\"resource_type\":\"" + addr.substring(0, dot)
                + "\",\"resource_name\":\"" + addr.substring(dot + 1) + "\",\"resource_key\":null}";
    }

    List<DemoProcess.Beat> version() {
        return List.of(beat(50, "{"), beat(0, "  \"terraform_version\": \"1.11.4\","),
                beat(0, "  \"platform\": \"linux_amd64\""), beat(0, "}"));
    }

    List<DemoProcess.Beat> init() {
        return List.of(beat(200, "Initializing the backend..."), beat(300, "Initializing provider plugins..."),
                beat(300, "- Using previously-installed terraform-provider-openstack/openstack v3.0.0"),
                beat(200, "Terraform has been successfully initialized!"));
    }

    private List<String[]> changes() {
        List<String[]> c = new ArrayList<>();
        if (env.equals("production")) {
            c.add(new String[] {"openstack_compute_instance_v2.k8s_worker[\\\"03\\\"]", "create", ""});
            c.add(new String[] {"openstack_networking_secgroup_rule_v2.nats_leaf", "update", ""});
            c.add(new String[] {"openstack_networking_secgroup_rule_v2.swarm_legacy_2377", "delete",
                "delete_because_no_resource_config"});
        } else if (env.equals("preproduction")) {
            c.add(new String[] {"openstack_compute_instance_v2.swarm_worker[\\\"03\\\"]", "replace",
                "replace_because_cannot_update"});
            c.add(new String[] {"openstack_blockstorage_volume_v3.scratch", "update", ""});
            c.add(new String[] {"openstack_networking_secgroup_rule_v2.nats_leaf", "update", ""});
        } else {
            c.add(new String[] {"openstack_compute_instance_v2.ci_runner", "update", ""});
            c.add(new String[] {"openstack_networking_secgroup_rule_v2.nats_leaf", "update", ""});
        }
        return c;
    }

    List<DemoProcess.Beat> plan() {
        List<DemoProcess.Beat> b = new ArrayList<>();
        b.add(beat(100, json("info", "Terraform 1.11.4", "version", "\"terraform\":\"1.11.4\",\"ui\":\"1.2\"")));
        for (String name : List.of("bastion-01", "db-01", "swarm-mgr-01")) {
            String addr = "openstack_compute_instance_v2." + name.replace('-', '_');
            b.add(beat(250, json("info", addr + ": Refreshing state... [id=" + prefix + "-" + name + "]",
                    "refresh_start", "\"hook\":{" + res(addr) + "}")));
        }
        int add = 0, change = 0, remove = 0;
        for (String[] c : changes()) {
            String verb = c[1].equals("create") ? "create" : c[1].equals("delete") ? "delete"
                    : c[1].equals("replace") ? "replace" : "update";
            b.add(beat(300, json("info", c[0].replace("\\\"", "'") + ": Plan to " + verb, "planned_change",
                    "\"change\":{" + res(c[0]) + ",\"action\":\"" + c[1] + "\""
                            + (c[2].isEmpty() ? "" : ",\"reason\":\"" + c[2] + "\"") + "}")));
            add += c[1].equals("create") || c[1].equals("replace") ? 1 : 0;
            change += c[1].equals("update") ? 1 : 0;
            remove += c[1].equals("delete") || c[1].equals("replace") ? 1 : 0;
        }
        b.add(beat(200, json("info", "Plan: " + add + " to add, " + change + " to change, " + remove + " to destroy.",
                "change_summary", "\"changes\":{\"add\":" + add + ",\"change\":" + change + ",\"import\":0,\"remove\":"
                        + remove + ",\"operation\":\"plan\"}")));
        return b;
    }

    /** {@code terraform show -json PLANFILE} of the plan above: one line, as Terraform prints it. */
    List<DemoProcess.Beat> show() {
        return List.of(beat(150, new DemoPlanJson(env, prefix).text()));
    }

    List<DemoProcess.Beat> apply() {
        List<DemoProcess.Beat> b = new ArrayList<>();
        b.add(beat(100, json("info", "Terraform 1.11.4", "version", "\"terraform\":\"1.11.4\",\"ui\":\"1.2\"")));
        for (String[] c : changes()) {
            String a = c[0].replace("\\\"", "'");
            b.add(beat(300, json("info", a + ": Modifying...", "apply_start", "\"hook\":{" + res(c[0]) + "}")));
            b.add(beat(1200, json("info", a + ": Still modifying... [10s elapsed]", "apply_progress",
                    "\"hook\":{" + res(c[0]) + ",\"elapsed_seconds\":10}")));
            b.add(beat(800, json("info", a + ": Modifications complete after 14s", "apply_complete",
                    "\"hook\":{" + res(c[0]) + ",\"elapsed_seconds\":14}")));
        }
        b.add(beat(200, json("info", "Apply complete!", "change_summary",
                "\"changes\":{\"add\":1,\"change\":1,\"import\":0,\"remove\":1,\"operation\":\"apply\"}")));
        return b;
    }

    List<DemoProcess.Beat> drift() {
        List<DemoProcess.Beat> b = new ArrayList<>();
        b.add(beat(100, json("info", "Terraform 1.11.4", "version", "\"terraform\":\"1.11.4\",\"ui\":\"1.2\"")));
        if (env.equals("production")) {
            String addr = "openstack_networking_secgroup_rule_v2.nats_leaf";
            b.add(beat(600, json("info", addr + ": Drift detected (update)", "resource_drift",
                    "\"change\":{" + res(addr) + ",\"action\":\"update\"}")));
        }
        b.add(beat(300, json("info", "Plan: 0 to add, 0 to change, 0 to destroy.", "change_summary",
                "\"changes\":{\"add\":0,\"change\":0,\"import\":0,\"remove\":0,\"operation\":\"plan\"}")));
        return b;
    }

    int driftExit() {
        return env.equals("production") ? 2 : 0;
    }

    List<DemoProcess.Beat> ansible(boolean check) {
        List<String> hosts = List.of(prefix + "-bastion-01", prefix + "-db-01", prefix + "-swarm-mgr-01");
        List<DemoProcess.Beat> b = new ArrayList<>();
        b.add(beat(300, ""));
        b.add(beat(100, "PLAY [configure " + env + "] " + "*".repeat(50)));
        for (String task : List.of("Gathering Facts", "common : packages", "common : chrony", "docker : daemon.json")) {
            b.add(beat(300, ""));
            b.add(beat(100, "TASK [" + task + "] " + "*".repeat(50)));
            for (String h : hosts) {
                boolean changed = task.contains("chrony") && h.endsWith("db-01");
                b.add(beat(250, ESC + (changed ? "0;33mchanged" : "0;32mok") + ": [" + h + "]" + ESC + "0m"));
            }
            if (env.equals("preproduction") && task.equals("Gathering Facts")) {
                b.add(beat(900, ESC + "1;31mfatal: [fsgs-pp-swarm-wrk-03]: UNREACHABLE! => {\"changed\": false, "
                        + "\"msg\": \"Failed to connect to the host via ssh: connect to host 198.51.100.83 port 22: "
                        + "No route to host\", \"unreachable\": true}" + ESC + "0m"));
            }
        }
        b.add(beat(300, ""));
        b.add(beat(100, "PLAY RECAP " + "*".repeat(60)));
        if (env.equals("preproduction")) {
            b.add(beat(50, ESC + "0;31mfsgs-pp-swarm-wrk-03" + ESC + "0m       : ok=0    changed=0    "
                    + ESC + "1;31munreachable=1" + ESC + "0m    failed=0    skipped=0    rescued=0    ignored=0"));
        }
        for (String h : hosts) {
            int changed = h.endsWith("db-01") ? 1 : 0;
            b.add(beat(50, ESC + (changed > 0 ? "0;33m" : "0;32m") + h + ESC + "0m   : " + ESC + "0;32mok=4" + ESC
                    + "0m    " + (changed > 0 ? ESC + "0;33mchanged=1" + ESC + "0m" : "changed=0")
                    + "    unreachable=0    failed=0    skipped=" + (check ? 1 : 0) + "    rescued=0    ignored=0"));
        }
        return b;
    }

    int ansibleExit() {
        return env.equals("preproduction") ? 4 : 0;
    }
}
