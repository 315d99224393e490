package io.triptych.ui.detail;

import io.triptych.domain.ClusterEvent;
import io.triptych.domain.ClusterNode;
import io.triptych.live.ClusterState;
import io.triptych.live.LiveSite;
import io.triptych.live.OnDemand;
import io.triptych.ui.action.LivePorts;
import io.triptych.ui.i18n.I18n;
import io.triptych.ui.text.TextMask;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * A cluster's nodes and recent Warning events, under a service's details, as the live layer fetched them
 * on demand ({@link LiveSite#cluster}): shown at once from the last answer, refreshed when a new one comes.
 * FX thread only.
 */
final class ClusterFacts {
    private final I18n i18n;
    private final TextMask mask;
    private final EnvironmentFacts<ClusterState> facts;

    ClusterFacts(LivePorts live, I18n i18n, TextMask mask) {
        this.mask = mask;
        this.i18n = i18n;
        this.facts = new EnvironmentFacts<>(live.cluster(), live.fx(), this::fill);
    }

    Node view(String env) {
        VBox box = new VBox(6);
        box.setId("cluster-facts");
        if (facts.available(env)) {
            facts.show(env, box);
        }
        return box;
    }

    private void fill(VBox box, OnDemand.Answer<ClusterState> answer) {
        box.getChildren().clear();
        ClusterState f = answer.value();
        if (answer.failed() || f == null) {
            Label l = new StatusLabel(i18n.get("detail.clusterError", String.valueOf(answer.error())), io.triptych.domain.Tone.BAD);
            l.setWrapText(true);
            box.getChildren().add(l);
            return;
        }
        if (f.hasNodes()) {
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
        if (f.hasEvents()) {
            box.getChildren().add(DetailSection.title(i18n, "detail.warnings"));
            if (f.warnings().isEmpty()) {
                box.getChildren().add(new Label(i18n.get("detail.none")));
            }
            for (ClusterEvent e : f.warnings()) {
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
