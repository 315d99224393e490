package io.triptych.triage;

import io.triptych.domain.Environment;
import io.triptych.domain.EnvironmentSnapshot;
import io.triptych.domain.Rule;
import io.triptych.domain.SecurityGroup;
import io.triptych.domain.Server;
import io.triptych.domain.Service;
import io.triptych.domain.Volume;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What differs between environments: one row per service (image tag), per server role (flavors, count),
 * per volume family (sizes) and per security-group rule (present or absent), one value per environment.
 * Names are matched with {@link NameNormaliser}; a server's role is its {@code ansible_group} metadata,
 * else its name without environment words and numbers. Pure: computed from snapshots.
 */
public final class DriftTable {
    public static final String ROLE_KEY = "ansible_group";

    private DriftTable() {
    }

    public static List<DriftRow> compare(List<EnvironmentSnapshot> snapshots) {
        NameNormaliser names = new NameNormaliser(snapshots.stream().map(EnvironmentSnapshot::environment).toList());
        List<DriftRow> out = new ArrayList<>();
        out.addAll(rows(DriftRow.Kind.SERVICE, snapshots, s -> s.services().items(),
                (Service v) -> names.service(v.name()), Service::tag, false));
        out.addAll(rows(DriftRow.Kind.FLAVOR, snapshots, s -> s.servers().items(),
                (Server v) -> role(v, names), Server::flavor, false));
        out.addAll(rows(DriftRow.Kind.COUNT, snapshots, s -> s.servers().items(),
                (Server v) -> role(v, names), v -> "", true));
        out.addAll(rows(DriftRow.Kind.VOLUME, snapshots, s -> s.volumes().items(),
                (Volume v) -> names.family(v.name()), v -> String.valueOf(v.sizeGb()), false));
        out.addAll(rules(snapshots, names));
        return out;
    }

    static String role(Server s, NameNormaliser names) {
        String group = s.metadata().get(ROLE_KEY);
        return group != null && !group.isBlank() ? group : names.family(s.name());
    }

    /** Values of one environment's items with the same key are joined ("500, 250"); counting counts them. */
    private static <T> List<DriftRow> rows(DriftRow.Kind kind, List<EnvironmentSnapshot> snapshots,
                                           Function<EnvironmentSnapshot, List<T>> items, Function<T, String> key,
                                           Function<T, String> value, boolean count) {
        Map<String, Map<String, TreeSet<String>>> byName = new TreeMap<>();
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        for (EnvironmentSnapshot s : snapshots) {
            String env = s.environment().id();
            for (T item : items.apply(s)) {
                String k = key.apply(item);
                byName.computeIfAbsent(k, x -> new LinkedHashMap<>()).computeIfAbsent(env, x -> new TreeSet<>())
                        .add(value.apply(item));
                counts.computeIfAbsent(k, x -> new LinkedHashMap<>()).merge(env, 1, Integer::sum);
            }
        }
        List<DriftRow> out = new ArrayList<>();
        byName.forEach((name, perEnv) -> {
            Map<String, String> values = new LinkedHashMap<>();
            perEnv.forEach((env, set) -> values.put(env, count ? String.valueOf(counts.get(name).get(env))
                    : String.join(", ", set)));
            out.add(new DriftRow(kind, name, values));
        });
        return out;
    }

    private static List<DriftRow> rules(List<EnvironmentSnapshot> snapshots, NameNormaliser names) {
        Map<String, Map<String, String>> byRule = new TreeMap<>();
        for (EnvironmentSnapshot s : snapshots) {
            for (SecurityGroup g : s.securityGroups().items()) {
                for (Rule r : g.rules()) {
                    byRule.computeIfAbsent(describe(names.service(g.name()), r), x -> new LinkedHashMap<>())
                            .put(s.environment().id(), "✓");
                }
            }
        }
        List<DriftRow> out = new ArrayList<>();
        byRule.forEach((name, values) -> out.add(new DriftRow(DriftRow.Kind.RULE, name, values)));
        return out;
    }

    /** "sg-ssh-bastion ingress tcp 22 from 192.0.2.240/28". */
    static String describe(String group, Rule r) {
        String proto = r.protocol() == null ? "any" : r.protocol();
        return group + " " + r.direction() + " " + proto + " " + r.ports() + " "
                + (r.remote() == null ? "any" : r.remote());
    }

    /** Only the rows where environments disagree. */
    public static List<DriftRow> differences(List<DriftRow> rows, List<Environment> envs) {
        List<String> ids = envs.stream().map(Environment::id).toList();
        return rows.stream().filter(r -> r.differs(ids)).sorted(Comparator.comparing(DriftRow::kind)).toList();
    }
}
