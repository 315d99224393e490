package io.triptych.live;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

/**
 * A fact the live layer fetches only when a view asks for it (a cluster's nodes and events, an
 * environment's last deployments), per environment, with the pollers' timeout, skip-if-busy and one-line
 * errors. Listeners are told of each answer on a worker thread (hop to the FX thread before touching a view).
 */
public final class OnDemand<T> {
    /**
     * One answer.
     *
     * @param value the last good value (null before the first success)
     * @param error null when this fetch succeeded; else one line (a hang is "no answer after N s")
     */
    public record Answer<T>(T value, String error, Instant at) {
        public boolean failed() {
            return error != null;
        }
    }

    private final Map<String, OnDemandFetch<T>> fetches;
    private final java.time.Clock clock;
    private final List<BiConsumer<String, Answer<T>>> listeners = new CopyOnWriteArrayList<>();

    /** @param fetches by environment id: only environments whose sources can answer */
    OnDemand(Map<String, OnDemandFetch.Factory<T>> fetches, java.time.Clock clock) {
        Map<String, OnDemandFetch<T>> built = new java.util.LinkedHashMap<>();
        fetches.forEach((env, f) -> built.put(env, f.create(a -> listeners.forEach(l -> l.accept(env, a)))));
        this.fetches = Map.copyOf(built);
        this.clock = clock;
    }

    /** Whether the environment's sources can answer at all (the view shows nothing otherwise). */
    public boolean available(String environmentId) {
        return fetches.containsKey(environmentId);
    }

    public Optional<Answer<T>> latest(String environmentId) {
        return Optional.ofNullable(fetches.get(environmentId)).map(OnDemandFetch::latest);
    }

    /** Asks for a fresh answer; nothing happens while one is fresh enough or a fetch still runs. */
    public void request(String environmentId) {
        OnDemandFetch<T> f = fetches.get(environmentId);
        if (f != null) {
            f.request(clock.instant());
        }
    }

    public void addListener(BiConsumer<String, Answer<T>> listener) {
        listeners.add(listener);
    }

    public void removeListener(BiConsumer<String, Answer<T>> listener) {
        listeners.remove(listener);
    }

    void tick(Instant now) {
        fetches.values().forEach(f -> f.tick(now));
    }
}
