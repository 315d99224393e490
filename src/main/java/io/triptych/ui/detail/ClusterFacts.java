package io.triptych.ui.detail;

import io.triptych.domain.ClusterEvent;
import io.triptych.domain.ClusterNode;
import io.triptych.source.ClusterEvents;
import io.triptych.source.ClusterNodes;
import io.triptych.ui.action.ActionCommands;
import io.triptych.ui.i18n.I18n;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * A cluster's nodes and recent Warning events, under a service's details. Fetched on a worker (both
 * calls block), kept per environment and fetched again at most every 10 s, so the detail pane, rebuilt
 * at every refresh, shows the last list at once instead of flickering. FX thread only.
 */
final class ClusterFacts {
    static final Duration STALE_AFTER = Duration.ofSeconds(10);
    static final int MAX_EVENTS = 20;

    record Facts(List<ClusterNode> nodes, List<ClusterEvent> events, String error, Instant at) {
    }

    private final ActionCommands commands;
    private final I18n i18n;
    private final Map<String, Facts> cache = new HashMap<>();
    private final Set<String> loading = new HashSet<>();
    private final Map<String, VBox> shown = new HashMap<>();

    ClusterFacts(ActionCommands commands, I18n i18n) {
        this.commands = commands;
        this.i18n = i18n;
    }

    Node view(String env) {
        VBox box = new VBox(6);
        box.setId("cluster-facts");
        shown.put(env, box);
        boolean nodes = commands.services(env, ClusterNodes.class).isPresent();
        boolean events = commands.services(env, ClusterEvents.class).isPresent();
        if (!nodes && !events) {
            return box;
        }
        Facts f = cache.get(env);
        if (f != null) {
            fill(box, f, nodes, events);
        }
        if ((f == null || f.at().plus(STALE_AFTER).isBefore(Instant.now())) && loading.add(env)) {
            commands.workers().execute(() -> {
                Facts fresh = fetch(env);
                commands.fx().execute(() -> {
                    loading.remove(env);
                    cache.put(env, fresh);
                    VBox now = shown.get(env);
                    if (now != null) {
                        fill(now, fresh, nodes, events);
                    }
                });
            });
        }
        return box;
    }

    private Facts fetch(String env) {
        try {
            List<ClusterNode> n = commands.services(env, ClusterNodes.class).isPresent()
                    ? commands.services(env, ClusterNodes.class).get().nodes() : List.of();
            List<ClusterEvent> e = commands.services(env, ClusterEvents.class).isPresent()
                    ? commands.services(env, ClusterEvents.class).get().recentEvents() : List.of();
            List<ClusterEvent> warnings = e.stream().filter(ev -> "Warning".equalsIgnoreCase(ev.type()))
                    .sorted(Comparator.comparing(ClusterEvent::time, Comparator.nullsLast(Comparator.reverseOrder())))
                    .limit(MAX_EVENTS).toList();
            return new Facts(n, warnings, null, Instant.now());
        } catch (Exception ex) {
            String m = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
            return new Facts(List.of(), List.of(), m, Instant.now());
        }
    }

    private void fill(VBox box, Facts f, boolean nodes, boolean events) {
        box.getChildren().clear();
        if (f.error() != null) {
            Label l = new StatusLabel(i18n.get("detail.clusterError", f.error()), io.triptych.domain.Tone.BAD);
            l.setWrapText(true);
            box.getChildren().add(l);
            return;
        }
        if (nodes) {
            box.getChildren().addAll(DetailSection.title(i18n, "detail.nodes"), new MiniTable<ClusterNode>(i18n,
                    List.of("col.hostname", "col.role", "col.availability", "col.nodeStatus", "col.engine"))
                    .rows(f.nodes(), n -> List.of(n.name(), i18n.status(n.role()), i18n.status(n.availability()),
                            i18n.status(n.status()), n.engineVersion()), ClusterFacts::tone, 3));
        }
        if (events) {
            box.getChildren().addAll(DetailSection.title(i18n, "detail.warnings"), new MiniTable<ClusterEvent>(i18n,
                    List.of("col.time", "col.object", "col.reason", "col.count", "col.message"))
                    .rows(f.events(), e -> List.of(Times.clock(e.time()), e.object(), e.reason(),
                            String.valueOf(e.count()), e.message()), e -> io.triptych.domain.Tone.WARN, 2));
        }
    }

    private static io.triptych.domain.Tone tone(ClusterNode n) {
        String s = n.status().toLowerCase(java.util.Locale.ROOT);
        return s.equals("ready") ? io.triptych.domain.Tone.GOOD
                : s.equals("down") || s.contains("notready") ? io.triptych.domain.Tone.BAD : io.triptych.domain.Tone.WARN;
    }
}
