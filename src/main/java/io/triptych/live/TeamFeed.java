package io.triptych.live;

import io.triptych.team.Team;
import io.triptych.team.TeamIncident;
import io.triptych.text.OneLine;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The team's open incidents, polled once per refresh on a worker (one call to the tracker, never two at
 * once), kept by problem key. A failing tracker leaves the last incidents in place and says why
 * ({@link #error()}); it never touches an environment's sections. Tells the live layer which environments'
 * problems changed, so only those are republished.
 */
final class TeamFeed {
    private final Team team;
    private final Executor workers;
    private final LiveSettings settings;
    private final Consumer<Set<String>> changed;
    private final AtomicBoolean polling = new AtomicBoolean();
    private final AtomicLong calls = new AtomicLong();
    private volatile Map<String, TeamIncident> byKey = Map.of();
    private volatile String error;
    private Instant next = Instant.MIN;

    /** @param changed told the ids of the environments whose incidents changed (worker thread) */
    TeamFeed(Team team, Executor workers, LiveSettings settings, Consumer<Set<String>> changed) {
        this.team = team;
        this.workers = workers;
        this.settings = settings;
        this.changed = changed;
    }

    Team team() {
        return team;
    }

    /** A poll when one is due and none is running. */
    synchronized void tick(Instant now) {
        if (now.isBefore(next) || !polling.compareAndSet(false, true)) {
            return;
        }
        next = now.plus(settings.refresh());
        workers.execute(this::pollAndRelease);
    }

    /** A poll now (the command line's one refresh); the latch opens when it answered or failed. */
    CountDownLatch fetchNow() {
        CountDownLatch done = new CountDownLatch(1);
        workers.execute(() -> {
            try {
                poll();
            } finally {
                done.countDown();
            }
        });
        return done;
    }

    private void pollAndRelease() {
        try {
            poll();
        } finally {
            polling.set(false);
        }
    }

    private void poll() {
        calls.incrementAndGet();
        Map<String, TeamIncident> fresh = new HashMap<>();
        try {
            // Two consoles that raced may leave two for a key for a moment: the earlier one is the incident.
            team.tracker().openIncidents().stream().sorted(Comparator.comparingLong(TeamIncident::number))
                    .forEach(i -> fresh.putIfAbsent(i.problemKey(), i));
            error = null;
        } catch (Exception e) { // a tracker's failure is a line on the team's status, never a crash of the poll
            error = OneLine.of(e);
            return;
        }
        replace(fresh);
    }

    /** What this console just did on an incident (acknowledged it, opened it): shown before the next poll. */
    void put(TeamIncident incident) {
        Map<String, TeamIncident> after = new HashMap<>(byKey);
        if (incident.open()) {
            after.put(incident.problemKey(), incident);
        } else {
            after.remove(incident.problemKey());
        }
        replace(after);
    }

    private void replace(Map<String, TeamIncident> fresh) {
        Set<String> envs = new HashSet<>();
        synchronized (this) {
            Map<String, TeamIncident> before = byKey;
            before.forEach((k, v) -> {
                if (!v.equals(fresh.get(k))) {
                    envs.add(environmentOf(k));
                }
            });
            fresh.forEach((k, v) -> {
                if (!v.equals(before.get(k))) {
                    envs.add(environmentOf(k));
                }
            });
            byKey = Map.copyOf(fresh);
        }
        if (!envs.isEmpty()) {
            changed.accept(envs);
        }
    }

    static String environmentOf(String problemKey) {
        int bar = problemKey.indexOf('|');
        return bar < 0 ? problemKey : problemKey.substring(0, bar);
    }

    Map<String, TeamIncident> incidents() {
        return byKey;
    }

    Optional<TeamIncident> incident(String problemKey) {
        return Optional.ofNullable(byKey.get(problemKey));
    }

    /** Why the last poll failed (one line, no secret); empty while the tracker answers. */
    Optional<String> error() {
        return Optional.ofNullable(error);
    }

    /**
     * Requests to the tracker so far, for the requests-per-minute counter: its own count when it keeps one (the
     * GitLab tracker counts every HTTP request), else one per poll.
     */
    long requestCount() {
        return team.tracker() instanceof io.triptych.source.RequestCounting c ? c.requestCount() : calls.get();
    }
}
