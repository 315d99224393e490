package io.triptych.live;

import io.triptych.source.EnvironmentSources;
import io.triptych.source.RequestCounting;
import io.triptych.source.Site;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The console's own load on each environment's APIs: requests per minute over the last minute, from the
 * sources that count their requests ({@link RequestCounting}). Sampled by the live layer's scheduler
 * every {@link #EVERY}; environments with no counting source are left out.
 */
public final class RequestRates {
    static final Duration EVERY = Duration.ofSeconds(5);
    private static final Duration WINDOW = Duration.ofMinutes(1);

    private record Sample(Instant at, long count) {
    }

    private final Map<String, List<RequestCounting>> counted = new LinkedHashMap<>();
    private final Map<String, Deque<Sample>> samples = new LinkedHashMap<>();
    private final Map<String, Long> perMinute = new LinkedHashMap<>();
    private Instant lastSample = Instant.MIN;

    /** The key of the team's tracker in {@link #perMinute()}, after the environments. */
    public static final String TEAM = "team";

    RequestRates(Site site) {
        this(site, Optional.empty());
    }

    /** @param team the team tracker's request count, when the site has a team */
    RequestRates(Site site, Optional<java.util.function.LongSupplier> team) {
        for (EnvironmentSources e : site.environments()) {
            List<RequestCounting> c = Stream.of(e.cloud(), e.services(), e.pipelines())
                    .flatMap(java.util.Optional::stream).filter(RequestCounting.class::isInstance)
                    .map(RequestCounting.class::cast).toList();
            if (!c.isEmpty()) {
                counted.put(e.environment().id(), c);
            }
        }
        team.ifPresent(t -> counted.put(TEAM, List.of(t::getAsLong)));
    }

    /**
     * Requests per minute by environment id, in the site's order, then {@link #TEAM} for the team's tracker when
     * the site has one; 0 until a second sample.
     */
    public synchronized Map<String, Long> perMinute() {
        return new LinkedHashMap<>(perMinute);
    }

    void tick(Instant now) {
        synchronized (this) {
            if (lastSample != Instant.MIN && Duration.between(lastSample, now).compareTo(EVERY) < 0) {
                return;
            }
            lastSample = now;
        }
        Map<String, Long> totals = new LinkedHashMap<>();
        counted.forEach((env, sources) -> totals.put(env, sources.stream().mapToLong(RequestCounting::requestCount)
                .sum())); // counters only: no I/O, so the scheduler thread may read them
        record(now, totals);
    }

    private synchronized void record(Instant now, Map<String, Long> totals) {
        totals.forEach((env, total) -> {
            Deque<Sample> d = samples.computeIfAbsent(env, k -> new ArrayDeque<>());
            d.addLast(new Sample(now, total));
            while (d.size() > 2 && Duration.between(d.peekFirst().at(), now).compareTo(WINDOW) > 0) {
                d.removeFirst();
            }
            Sample first = d.peekFirst();
            double minutes = Duration.between(first.at(), now).toMillis() / 60_000.0;
            perMinute.put(env, minutes <= 0 ? 0 : Math.round((total - first.count()) / minutes));
        });
    }
}
