package io.triptych.ui.detail;

import io.triptych.live.OnDemand;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import javafx.scene.layout.VBox;

/**
 * Shows a fact the live layer fetches on demand (cluster nodes, last deployments) in the detail pane: fills
 * the box with the last answer at once, so the pane, rebuilt at every refresh, does not flicker, and asks
 * the live layer for a fresher one (it decides whether one is due, and reports hangs and errors). The box
 * handed out last for an environment is the one filled when an answer comes. No cache, no clock, no
 * thread of its own. FX thread only.
 */
final class EnvironmentFacts<T> {
    private final OnDemand<T> source;
    private final BiConsumer<VBox, OnDemand.Answer<T>> fill;
    private final Map<String, VBox> shown = new HashMap<>();

    EnvironmentFacts(OnDemand<T> source, Executor fx, BiConsumer<VBox, OnDemand.Answer<T>> fill) {
        this.source = source;
        this.fill = fill;
        source.addListener((env, answer) -> fx.execute(() -> {
            VBox box = shown.get(env);
            if (box != null) {
                fill.accept(box, answer);
            }
        }));
    }

    boolean available(String env) {
        return source.available(env);
    }

    /** Fills {@code box} with what is known now, and asks the live layer for a fresher answer. */
    void show(String env, VBox box) {
        shown.put(env, box);
        source.latest(env).ifPresent(a -> fill.accept(box, a));
        source.request(env);
    }
}
