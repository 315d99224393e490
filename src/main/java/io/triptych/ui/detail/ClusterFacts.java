package io.triptych.ui.detail;

import io.triptych.domain.ClusterEvent;
import io.triptych.domain.ClusterNode;
import io.triptych.source.ClusterEvents;
import io.triptych.source.ClusterNodes;
import io.triptych.ui.action.ActionCommands;
import io.triptych.ui.i18n.I18n;
import io.triptych.ui.text.TextMask;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
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

    record Facts(String env, List<ClusterNode> nodes, List<ClusterEvent> events, String error, Instant at) {
    }

    private final ActionCommands commands;
    private final I18n i18n;
    private final TextMask mask;
    private final EnvironmentFacts<Facts> facts;

    ClusterFacts(ActionCommands commands, I18n i18n, TextMask mask) {
        this.mask = mask;
        this.commands = commands;
        this.i18n = i18n;
        this.facts = new EnvironmentFacts<>(STALE_AFTER, commands.workers(), commands.fx(), this::fetch, Facts::at,
                (box, f) -> fill(box, f, commands.services(f.env(), ClusterNodes.class).isPresent(),
                        commands.services(f.env(), ClusterEvents.class).isPresent()));
    }

    Node view(String env) {
        VBox box = new VBox(6);
        box.setId("cluster-facts");
        if (commands.services(env, ClusterNodes.class).isPresent()
                || commands.services(env, ClusterEvents.class).isPresent()) {
            facts.show(env, box);
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
            return new Facts(env, n, warnings, null, Instant.now());
        } catch (Exception ex) {
            String m = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
            return new Facts(env, List.of(), List.of(), m, Instant.now());
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
            box.getChildren().add(DetailSection.title(i18n, "detail.nodes"));
            if (f.nodes().isEmpty()) {
                box.getChildren().add(new Label(i18n.get("detail.none")));
            }
            for (ClusterNode n : f.nodes()) {
                String facts = join(i18n.status(n.status()), i18n.status(n.role()),
                        n.availability().isEmpty() ? "" : i18n.status(n.availability()), n.engineVersion());
                box.getChildren().add(entry(n.name(), new StatusLabel(facts, tone(n)), ""));
            }
        }
        if (events) {
            box.getChildren().add(DetailSection.title(i18n, "detail.warnings"));
            if (f.events().isEmpty()) {
                box.getChildren().add(new Label(i18n.get("detail.none")));
            }
            for (ClusterEvent e : f.events()) {
                String facts = join(Times.clock(e.time()) + " UTC", e.reason(), i18n.get("detail.eventCount", e.count()));
                box.getChildren().add(entry(e.object(), new StatusLabel(facts, io.triptych.domain.Tone.WARN),
                        e.message()));
            }
        }
    }

    /** Name, then facts, then a wrapped message: the shape of the replica entries above. */
    private VBox entry(String name, Label facts, String message) {
        Label title = new Label(mask.apply(name));
        title.getStyleClass().add("replica-name");
        title.setWrapText(true);
        facts.setWrapText(true);
        VBox entry = new VBox(1, title, facts);
        if (!message.isEmpty()) {
            Label m = new Label(mask.apply(message));
            m.setWrapText(true);
            m.getStyleClass().add("replica-message");
            entry.getChildren().add(m);
        }
        return entry;
    }

    private static String join(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isEmpty()) {
                sb.append(sb.length() == 0 ? "" : " · ").append(p);
            }
        }
        return sb.toString();
    }

    private static io.triptych.domain.Tone tone(ClusterNode n) {
        String s = n.status().toLowerCase(java.util.Locale.ROOT);
        return s.equals("ready") ? io.triptych.domain.Tone.GOOD
                : s.equals("down") || s.contains("notready") ? io.triptych.domain.Tone.BAD : io.triptych.domain.Tone.WARN;
    }
}
