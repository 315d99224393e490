package io.triptych.history;

import io.triptych.domain.EnvironmentSnapshot;
import io.triptych.domain.Item;
import io.triptych.domain.Section;
import io.triptych.domain.Service;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The transitions between two snapshots of one environment: server and volume status, service replicas
 * (running/desired, and pod restarts), pipeline status; items that appeared or went. A section compares
 * only when it was loaded in both snapshots, so start-up and outages add no noise.
 */
public final class SnapshotDiff {
    private SnapshotDiff() {
    }

    public static List<Transition> between(EnvironmentSnapshot before, EnvironmentSnapshot after) {
        List<Transition> out = new ArrayList<>();
        String env = after.environment().id();
        compare(before.servers(), after.servers(), Item::status, env, after, out);
        compare(before.volumes(), after.volumes(), Item::status, env, after, out);
        compare(before.services(), after.services(), SnapshotDiff::replicas, env, after, out);
        compare(before.pipelines(), after.pipelines(), Item::status, env, after, out);
        return out;
    }

    /** "2/3" and, when pods restarted, "2/3 ↻4": a restart is a transition too. */
    static String replicas(Service s) {
        int restarts = s.replicas().stream().mapToInt(r -> r.restarts()).sum();
        return restarts == 0 ? s.status() : s.status() + " ↻" + restarts;
    }

    private static <T extends Item> void compare(Section<T> was, Section<T> now, Function<T, String> state,
                                                 String env, EnvironmentSnapshot at, List<Transition> out) {
        if (!was.loaded() || !now.loaded() || was.fetchedAt().equals(now.fetchedAt())) {
            return;
        }
        if (was.items() == now.items()) { // fetched again, nothing changed: the live layer kept the list (ADR 0025)
            return;
        }
        String domain = now.kind().jsonName();
        Map<String, T> old = index(was.items());
        Map<String, T> fresh = index(now.items());
        for (T item : fresh.values()) {
            T prev = old.get(item.key());
            String a = state.apply(item);
            String b = prev == null ? "" : state.apply(prev);
            if (!a.equals(b)) {
                out.add(new Transition(now.fetchedAt(), env, domain, item.displayName(), item.key(), b, a));
            }
        }
        for (T item : old.values()) {
            if (!fresh.containsKey(item.key())) {
                out.add(new Transition(now.fetchedAt(), env, domain, item.displayName(), item.key(),
                        state.apply(item), ""));
            }
        }
    }

    private static <T extends Item> Map<String, T> index(List<T> items) {
        Map<String, T> m = new LinkedHashMap<>();
        items.forEach(i -> m.putIfAbsent(i.key(), i));
        return m;
    }
}
