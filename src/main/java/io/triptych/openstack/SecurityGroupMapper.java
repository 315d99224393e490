package io.triptych.openstack;

import com.fasterxml.jackson.databind.JsonNode;
import io.triptych.domain.Rule;
import io.triptych.domain.SecurityGroup;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Neutron security groups ({@code GET /v2.0/security-groups}, rules embedded) as {@link SecurityGroup}s.
 * Rules are sorted so that the same rules read the same in every environment (drift is compared by eye
 * and by triage). A rule with no remote is open to all; ICMP's "ports" are a type and a code, so they
 * go into the protocol ("icmp type 8") rather than pretend to be a port range.
 */
final class SecurityGroupMapper {
    private static final Comparator<Rule> ORDER = Comparator.comparing(Rule::direction, Comparator.reverseOrder())
            .thenComparing(Rule::ethertype).thenComparing(Rule::protocol)
            .thenComparing(Rule::portMin, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Rule::remote);

    /** The fields read here: the rest of each group is skipped while parsing. */
    static final Set<String> FIELDS = Set.of("id", "name", "description", "security_group_rules");

    private SecurityGroupMapper() {
    }

    static List<SecurityGroup> groups(List<JsonNode> raw) {
        Map<String, String> names = new HashMap<>();
        raw.forEach(g -> names.put(OpenStackJson.text(g, "id"), OpenStackJson.text(g, "name")));
        List<SecurityGroup> out = new ArrayList<>();
        for (JsonNode g : raw) {
            List<Rule> rules = new ArrayList<>();
            g.path("security_group_rules").forEach(r -> rules.add(rule(r, names)));
            rules.sort(ORDER);
            String id = OpenStackJson.text(g, "id");
            String name = OpenStackJson.text(g, "name");
            out.add(new SecurityGroup(id, name.isBlank() ? id : name, OpenStackJson.text(g, "description"), rules));
        }
        return out;
    }

    static Rule rule(JsonNode r, Map<String, String> groupNames) {
        String ethertype = OpenStackJson.text(r, "ethertype");
        String protocol = OpenStackJson.text(r, "protocol");
        Integer min = OpenStackJson.integer(r, "port_range_min");
        Integer max = OpenStackJson.integer(r, "port_range_max");
        if (protocol.isEmpty()) {
            protocol = "any";
        } else if (protocol.equals("icmp") || protocol.equals("ipv6-icmp") || protocol.equals("icmpv6")
                || protocol.equals("1") || protocol.equals("58")) {
            protocol = protocol + (min == null ? "" : " type " + min) + (max == null ? "" : " code " + max);
            min = null;
            max = null;
        }
        return new Rule(OpenStackJson.text(r, "direction"), ethertype, protocol, min, max, remote(r, ethertype, groupNames));
    }

    private static String remote(JsonNode r, String ethertype, Map<String, String> groupNames) {
        String cidr = OpenStackJson.text(r, "remote_ip_prefix");
        if (!cidr.isEmpty()) {
            return cidr;
        }
        String group = OpenStackJson.text(r, "remote_group_id");
        if (!group.isEmpty()) {
            String name = groupNames.get(group);
            return "group:" + (name == null || name.isBlank() ? group : name);
        }
        String addressGroup = OpenStackJson.text(r, "remote_address_group_id");
        if (!addressGroup.isEmpty()) {
            return "address-group:" + addressGroup;
        }
        return Objects.equals(ethertype, "IPv6") ? "::/0" : "0.0.0.0/0";
    }
}
