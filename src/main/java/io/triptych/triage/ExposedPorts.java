package io.triptych.triage;

import io.triptych.domain.Rule;
import io.triptych.domain.SecurityGroup;
import io.triptych.domain.SectionKind;
import io.triptych.domain.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Ingress rules that open a remote-access or database port to the whole internet: SSH, RDP,
 * PostgreSQL, MySQL, Oracle, SQL Server, MongoDB, Redis, Elasticsearch, CouchDB, Cassandra, memcached.
 */
final class ExposedPorts {
    static final List<Integer> SENSITIVE = List.of(22, 3389, 5432, 3306, 1521, 1433, 27017, 6379, 9200, 9300,
            5984, 9042, 11211);

    private ExposedPorts() {
    }

    static List<Finding> findings(SecurityGroup g) {
        List<Finding> out = new ArrayList<>();
        for (Rule r : g.rules()) {
            if (!"ingress".equalsIgnoreCase(r.direction()) || !world(r.remote()) || !tcpOrAny(r.protocol())) {
                continue;
            }
            for (int port : SENSITIVE) {
                if (covers(r, port)) {
                    out.add(new Finding("securityGroup.open", Severity.WARNING, SectionKind.SECURITY_GROUPS,
                            g.id(), g.name(), List.of(r.ports(), r.remote())));
                    break;
                }
            }
        }
        return out.isEmpty() ? out : List.of(out.get(0)); // one problem per group: the first rule says it
    }

    static boolean world(String remote) {
        return "0.0.0.0/0".equals(remote) || "::/0".equals(remote);
    }

    private static boolean tcpOrAny(String protocol) {
        String p = protocol == null ? "any" : protocol.toLowerCase(Locale.ROOT);
        return p.equals("tcp") || p.equals("any") || p.equals("6") || p.isEmpty();
    }

    private static boolean covers(Rule r, int port) {
        if (r.portMin() == null && r.portMax() == null) {
            return true;
        }
        int min = r.portMin() == null ? 0 : r.portMin();
        int max = r.portMax() == null ? min : r.portMax();
        return min <= port && port <= max;
    }
}
