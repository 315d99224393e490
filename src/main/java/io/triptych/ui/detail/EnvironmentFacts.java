package io.triptych.ui.detail;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.scene.layout.VBox;

/**
 * Facts about an environment that a blocking call fetches (cluster nodes, last deployments), shown in the
 * detail pane. Fetched on a worker, kept per environment and fetched again only once older than
 * {@code staleAfter}, so the pane, rebuilt at every refresh, shows the last answer at once instead of
 * flickering. The box handed out last for an environment is the one filled when an answer comes.
 * FX thread only.
 *
 * @param <F> one answer, with the time it was fetched
 */
final class EnvironmentFacts<F> {
    private final Duration staleAfter;
    private final Executor workers;
    private final Executor fx;
    private final Function<String, F> fetch;
    private final Function<F, Instant> fetchedAt;
    private final BiConsumer<VBox, F> fill;
    private final Map<String, F> cache = new HashMap<>();
    private final Set<String> loading = new HashSet<>();
    private final Map<String, VBox> shown = new HashMap<>();

    EnvironmentFacts(Duration staleAfter, Executor workers, Executor fx, Function<String, F> fetch,
                     Function<F, Instant> fetchedAt, BiConsumer<VBox, F> fill) {
        this.staleAfter = staleAfter;
        this.workers = workers;
        this.fx = fx;
        this.fetch = fetch;
        this.fetchedAt = fetchedAt;
        this.fill = fill;
    }

    /** Fills {@code box} with what is known now, and asks again in the background when that is stale. */
    void show(String env, VBox box) {
        shown.put(env, box);
        F known = cache.get(env);
        if (known != null) {
            fill.accept(box, known);
        }
        if ((known == null || fetchedAt.apply(known).plus(staleAfter).isBefore(Instant.now())) && loading.add(env)) {
            workers.execute(() -> {
                F fresh = fetch.apply(env);
                fx.execute(() -> {
                    loading.remove(env);
                    cache.put(env, fresh);
                    VBox now = shown.get(env);
                    if (now != null) {
                        fill.accept(now, fresh);
                    }
                });
            });
        }
    }
}
