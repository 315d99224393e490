package io.triptych.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * What the demo's {@code terraform show -json PLANFILE} prints: Terraform's JSON plan representation of the
 * same changes as the demo plan's lines, with attribute values shaped on the demo site — a sensitive admin
 * password, addresses known only after apply, an image change that forces a replacement — and one rule
 * ({@code nats_leaf}) that every environment changes, so "Plan all environments" has a row to compare.
 */
final class DemoPlanJson {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final String env;
    private final String prefix;

    DemoPlanJson(String environmentId, String prefix) {
        this.env = environmentId;
        this.prefix = prefix;
    }

    String text() {
        ObjectNode root = JSON.createObjectNode();
        root.put("format_version", "1.2");
        root.put("terraform_version", "1.11.4");
        ArrayNode changes = root.putArray("resource_changes");
        if (env.equals("production")) {
            changes.add(instance("openstack_compute_instance_v2.k8s_worker[\"03\"]", List.of("create"), null,
                    Map.of("name", prefix + "-k8s-wrk-03", "flavor_name", "m1.xlarge", "image_name", "ubuntu-24.04",
                            "key_pair", "ops"), ""));
            changes.add(natsLeaf("0.0.0.0/0", "10.30.8.0/22"));
            changes.add(rule("openstack_networking_secgroup_rule_v2.swarm_legacy_2377", List.of("delete"),
                    Map.of("direction", "ingress", "protocol", "tcp", "port_range_min", 2377, "port_range_max", 2377,
                            "remote_ip_prefix", "10.30.0.0/16"), null, "delete_because_no_resource_config"));
        } else if (env.equals("preproduction")) {
            changes.add(instance("openstack_compute_instance_v2.swarm_worker[\"03\"]", List.of("delete", "create"),
                    Map.of("name", prefix + "-swarm-wrk-03", "flavor_name", "m1.large", "image_id", "3b1f07c2",
                            "key_pair", "ops"),
                    Map.of("name", prefix + "-swarm-wrk-03", "flavor_name", "m1.large", "image_id", "9d4e21a8",
                            "key_pair", "ops"), "replace_because_cannot_update"));
            changes.add(volume(100, 200));
            changes.add(natsLeaf("10.20.0.0/16", "10.20.8.0/22"));
        } else {
            changes.add(instanceUpdate());
            changes.add(natsLeaf("10.10.0.0/16", "10.10.8.0/22"));
        }
        return root.toString();
    }

    private ObjectNode resource(String address, List<String> actions, String reason) {
        ObjectNode r = JSON.createObjectNode();
        r.put("address", address);
        r.put("mode", "managed");
        r.put("type", address.substring(0, address.indexOf('.')));
        r.put("provider_name", "registry.terraform.io/terraform-provider-openstack/openstack");
        if (!reason.isEmpty()) {
            r.put("action_reason", reason);
        }
        ObjectNode c = r.putObject("change");
        actions.forEach(c.putArray("actions")::add);
        return r;
    }

    /** A server created or replaced: its admin password sensitive, its id and address known after apply. */
    private ObjectNode instance(String address, List<String> actions, Map<String, Object> before,
                                Map<String, Object> after, String reason) {
        ObjectNode r = resource(address, actions, reason);
        ObjectNode c = (ObjectNode) r.get("change");
        if (before == null) {
            c.putNull("before");
            c.put("before_sensitive", false);
        } else {
            ObjectNode b = JSON.valueToTree(before);
            c.set("before", b);
            b.putArray("network").addObject().put("name", prefix + "-internal").put("fixed_ip_v4", "10.0.3.17");
            b.put("id", prefix + "-" + Integer.toHexString(address.hashCode() & 0xffff));
            b.put("admin_pass", "demo-old-password");
            b.put("access_ip_v4", "10.0.3.17");
            c.putObject("before_sensitive").put("admin_pass", true);
        }
        ObjectNode a = JSON.valueToTree(after);
        c.set("after", a);
        a.put("admin_pass", "demo-new-password");
        a.putArray("network").addObject().put("name", prefix + "-internal").putNull("fixed_ip_v4");
        c.putObject("after_sensitive").put("admin_pass", true);
        ObjectNode unknown = c.putObject("after_unknown");
        unknown.put("id", true).put("access_ip_v4", true);
        unknown.putArray("network").addObject().put("fixed_ip_v4", true);
        if (actions.contains("delete")) {
            c.putArray("replace_paths").addArray().add("image_id");
        }
        return r;
    }

    private ObjectNode instanceUpdate() {
        ObjectNode r = resource("openstack_compute_instance_v2.ci_runner", List.of("update"), "");
        ObjectNode c = (ObjectNode) r.get("change");
        ObjectNode b = c.putObject("before");
        b.put("id", prefix + "-ci-runner").put("name", prefix + "-ci-runner").put("flavor_name", "m1.medium");
        b.putObject("metadata").put("runner_tags", "docker");
        ObjectNode a = c.putObject("after");
        a.put("id", prefix + "-ci-runner").put("name", prefix + "-ci-runner").put("flavor_name", "m1.large");
        a.putObject("metadata").put("runner_tags", "docker,large");
        c.putObject("after_unknown");
        c.putObject("before_sensitive");
        c.putObject("after_sensitive");
        return r;
    }

    private ObjectNode volume(int from, int to) {
        ObjectNode r = resource("openstack_blockstorage_volume_v3.scratch", List.of("update"), "");
        ObjectNode c = (ObjectNode) r.get("change");
        c.putObject("before").put("id", "vol-pp-scratch").put("name", "scratch").put("size", from);
        c.putObject("after").put("id", "vol-pp-scratch").put("name", "scratch").put("size", to);
        c.putObject("after_unknown");
        return r;
    }

    private ObjectNode natsLeaf(String from, String to) {
        Map<String, Object> rule = Map.of("direction", "ingress", "protocol", "tcp", "port_range_min", 7422,
                "port_range_max", 7422);
        ObjectNode r = rule("openstack_networking_secgroup_rule_v2.nats_leaf", List.of("update"), rule, rule, "");
        ((ObjectNode) r.get("change").get("before")).put("remote_ip_prefix", from);
        ((ObjectNode) r.get("change").get("after")).put("remote_ip_prefix", to);
        return r;
    }

    private ObjectNode rule(String address, List<String> actions, Map<String, Object> before, Map<String, Object> after,
                            String reason) {
        ObjectNode r = resource(address, actions, reason);
        ObjectNode c = (ObjectNode) r.get("change");
        c.set("before", before == null ? JSON.nullNode() : JSON.valueToTree(before));
        c.set("after", after == null ? JSON.nullNode() : JSON.valueToTree(after));
        c.putObject("after_unknown");
        return r;
    }
}
