package io.triptych.openstack;

import com.fasterxml.jackson.core.JsonParser;
import io.triptych.domain.Rule;
import io.triptych.domain.SecurityGroup;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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

    /** A group as listed, its rules not yet sorted nor their remote groups named. */
    record Listed(String id, String name, String description, List<ListedRule> rules) {
    }

    /** A rule as listed. */
    record ListedRule(String direction, String ethertype, String protocol, Integer min, Integer max, String remoteIp,
                      String remoteGroup, String remoteAddressGroup) {
    }

    private SecurityGroupMapper() {
    }

    /** One group of a page, the parser on its START_OBJECT ({@link PageReader.Item}). */
    static Listed read(JsonParser p) throws IOException {
        String[] text = {"", "", ""}; // id, name, description
        List<ListedRule> rules = new ArrayList<>();
        StreamedJson.fields(p, (name, q) -> {
            switch (name) {
                case "id" -> text[0] = StreamedJson.text(q);
                case "name" -> text[1] = StreamedJson.text(q);
                case "description" -> text[2] = StreamedJson.text(q);
                case "security_group_rules" -> {
                    rules.clear();
                    StreamedJson.elements(q, r -> rules.add(rule(r)));
                }
                default -> q.skipChildren();
            }
        });
        return new Listed(text[0], text[1], text[2], rules);
    }

    private static ListedRule rule(JsonParser p) throws IOException {
        String[] text = {"", "", "", "", "", ""}; // direction, ethertype, protocol, remote ip, group, address group
        Integer[] ports = {null, null};
        StreamedJson.fields(p, (name, q) -> {
            switch (name) {
                case "direction" -> text[0] = StreamedJson.text(q);
                case "ethertype" -> text[1] = StreamedJson.text(q);
                case "protocol" -> text[2] = StreamedJson.text(q);
                case "remote_ip_prefix" -> text[3] = StreamedJson.text(q);
                case "remote_group_id" -> text[4] = StreamedJson.text(q);
                case "remote_address_group_id" -> text[5] = StreamedJson.text(q);
                case "port_range_min" -> ports[0] = StreamedJson.integer(q);
                case "port_range_max" -> ports[1] = StreamedJson.integer(q);
                default -> q.skipChildren();
            }
        });
        return new ListedRule(text[0], text[1], text[2], ports[0], ports[1], text[3], text[4], text[5]);
    }

    static List<SecurityGroup> groups(List<Listed> listed) {
        Map<String, String> names = new HashMap<>();
        listed.forEach(g -> names.put(g.id(), g.name()));
        List<SecurityGroup> out = new ArrayList<>(listed.size());
        for (Listed g : listed) {
            List<Rule> rules = new ArrayList<>(g.rules().size());
            g.rules().forEach(r -> rules.add(rule(r, names)));
            rules.sort(ORDER);
            out.add(new SecurityGroup(g.id(), g.name().isBlank() ? g.id() : g.name(), g.description(), rules));
        }
        return out;
    }

    static Rule rule(ListedRule r, Map<String, String> groupNames) {
        String ethertype = r.ethertype();
        String protocol = r.protocol();
        Integer min = r.min();
        Integer max = r.max();
        if (protocol.isEmpty()) {
            protocol = "any";
        } else if (protocol.equals("icmp") || protocol.equals("ipv6-icmp") || protocol.equals("icmpv6")
                || protocol.equals("1") || protocol.equals("58")) {
            protocol = protocol + (min == null ? "" : " type " + min) + (max == null ? "" : " code " + max);
            min = null;
            max = null;
        }
        return new Rule(r.direction(), ethertype, protocol, min, max, remote(r, ethertype, groupNames));
    }

    private static String remote(ListedRule r, String ethertype, Map<String, String> groupNames) {
        String cidr = r.remoteIp();
        if (!cidr.isEmpty()) {
            return cidr;
        }
        String group = r.remoteGroup();
        if (!group.isEmpty()) {
            String name = groupNames.get(group);
            return "group:" + (name == null || name.isBlank() ? group : name);
        }
        String addressGroup = r.remoteAddressGroup();
        if (!addressGroup.isEmpty()) {
            return "address-group:" + addressGroup;
        }
        return Objects.equals(ethertype, "IPv6") ? "::/0" : "0.0.0.0/0";
    }
}
