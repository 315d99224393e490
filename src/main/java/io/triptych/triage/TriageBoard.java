package io.triptych.triage;

import io.triptych.domain.DriftCheck;
import io.triptych.domain.EnvironmentSnapshot;
import io.triptych.domain.Health;
import io.triptych.domain.Problem;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The on-call problems list of a whole site: rules run on each new snapshot (worker threads), since
 * when each problem has been seen, and acknowledgements. Acknowledged problems stay listed but do not
 * raise the environment's health. Thread-safe; no JavaFX.
 */
public final class TriageBoard {
    /** What one snapshot changed: the environment's list now, and what appeared or cleared. */
    /** @param settled every configured section of the environment has answered (data or error) */
    public record Update(String environmentId, Health health, List<TrackedProblem> problems,
                         List<TrackedProblem> appeared, List<TrackedProblem> cleared, boolean settled) {
    }

    private final Map<String, ProblemRules> rules = new HashMap<>();
    private final Map<String, List<TrackedProblem>> current = new LinkedHashMap<>();
    private final Map<String, Instant> since = new HashMap<>();
    private final Map<String, Acknowledgement> acks = new HashMap<>();
    private final Map<String, DriftCheck> drift = new HashMap<>();
    private final ProblemMemory memory;
    /** Team mode: the team's incidents and acknowledgements by problem key, instead of this desktop's. */
    private Map<String, Shared> shared;

    /**
     * A problem as the team's tracker holds it.
     *
     * @param incident its open incident
     * @param ack      the acknowledgement made on that incident; null while nobody acknowledged it
     */
    public record Shared(io.triptych.domain.Incident incident, Acknowledgement ack) {
    }

    /** @param memory where since-times and acknowledgements persist; null keeps them in memory only */
    public TriageBoard(ProblemMemory memory) {
        this.memory = memory;
    }

    /** Reads what a previous run left (call off the FX thread, before the first snapshot if possible). */
    public synchronized void load() {
        if (memory != null) {
            memory.loadSince().forEach(since::putIfAbsent);
            memory.loadAcks().forEach(acks::putIfAbsent);
        }
    }

    /** The latest drift check of an environment; taken into account from its next snapshot. */
    public synchronized void drift(String environmentId, Optional<DriftCheck> check) {
        check.ifPresentOrElse(c -> drift.put(environmentId, c), () -> drift.remove(environmentId));
    }

    public synchronized Update update(EnvironmentSnapshot s) {
        String env = s.environment().id();
        List<Finding> found = rules.computeIfAbsent(env, e -> new ProblemRules())
                .findings(s, Optional.ofNullable(drift.get(env)));
        List<TrackedProblem> before = current.getOrDefault(env, List.of());
        Map<String, TrackedProblem> now = new LinkedHashMap<>();
        for (Finding f : found) {
            String key = TrackedProblem.key(env, f);
            Instant first = since.computeIfAbsent(key, k -> s.at());
            now.putIfAbsent(key, tracked(env, f, first));
        }
        // A problem that cleared forgets its since and its acknowledgement: if it comes back, it shouts again.
        // Only once its section has answered: at start-up, a section still loading has not cleared anything.
        java.util.Set<String> answered = new java.util.HashSet<>();
        s.sections().stream().filter(x -> x.loaded() || x.failure() != null)
                .forEach(x -> answered.add(x.kind().jsonName()));
        since.keySet().removeIf(k -> k.startsWith(env + "|") && !now.containsKey(k) && answered(answered, k));
        acks.keySet().removeIf(k -> k.startsWith(env + "|") && !now.containsKey(k) && answered(answered, k));
        List<TrackedProblem> list = List.copyOf(now.values());
        current.put(env, list);
        java.util.Set<String> beforeKeys = new java.util.HashSet<>();
        before.forEach(b -> beforeKeys.add(b.key()));
        List<TrackedProblem> appeared = list.stream().filter(p -> !beforeKeys.contains(p.key())).toList();
        List<TrackedProblem> cleared = before.stream().filter(b -> !now.containsKey(b.key())).toList();
        if (!appeared.isEmpty() || !cleared.isEmpty()) {
            save();
        }
        boolean settled = s.sections().stream().filter(x -> x.configured())
                .allMatch(x -> x.loaded() || x.failure() != null);
        return new Update(env, health(s, list), list, appeared, cleared, settled);
    }

    /** Whether the section a key (env|rule|section|subject) belongs to has answered in this snapshot. */
    private static boolean answered(java.util.Set<String> answeredSections, String key) {
        int a = key.indexOf('|');
        int b = a < 0 ? -1 : key.indexOf('|', a + 1);
        int c = b < 0 ? -1 : key.indexOf('|', b + 1);
        return c < 0 || answeredSections.contains(key.substring(b + 1, c));
    }

    /**
     * The environment's list as it stands, with no rule run: after an acknowledgement changed what counts.
     * Nothing appears or clears.
     */
    public synchronized Update current(EnvironmentSnapshot s) {
        String env = s.environment().id();
        List<TrackedProblem> list = current.getOrDefault(env, List.of());
        boolean settled = s.sections().stream().filter(x -> x.configured())
                .allMatch(x -> x.loaded() || x.failure() != null);
        return new Update(env, health(s, list), list, List.of(), List.of(), settled);
    }

    /** Health from the problems nobody acknowledged. */
    static Health health(EnvironmentSnapshot s, List<TrackedProblem> problems) {
        List<Problem> loud = problems.stream().filter(p -> !p.acknowledged())
                .map(p -> p.finding().toProblem(MessageLookup.english())).toList();
        return HealthRule.of(s, loud);
    }

    /** One environment's problems as last assessed. */
    public synchronized List<TrackedProblem> problems(String environmentId) {
        return current.getOrDefault(environmentId, List.of());
    }

    public synchronized List<TrackedProblem> all() {
        List<TrackedProblem> out = new ArrayList<>();
        current.values().forEach(out::addAll);
        return out;
    }

    public synchronized void acknowledge(String key, String note, Instant at) {
        acknowledge(key, note, at, "");
    }

    public synchronized void acknowledge(String key, String note, Instant at, String by) {
        acks.put(key, new Acknowledgement(note, at, by));
        refreshAcks();
    }

    public synchronized void unacknowledge(String key) {
        acks.remove(key);
        refreshAcks();
    }

    /**
     * Team mode from now on: acknowledgements are the team's ({@link #shared(Map)}), no longer this desktop's.
     * Called once, before the first snapshot, by a site with a team.
     */
    public synchronized void shareAcknowledgements() {
        if (shared == null) {
            shared = Map.of();
            refreshAcks();
        }
    }

    /** The team's open incidents as last polled, by problem key; every problem's acknowledgement follows them. */
    public synchronized void shared(Map<String, Shared> byKey) {
        shared = Map.copyOf(byKey);
        refreshAcks();
    }

    private TrackedProblem tracked(String env, Finding f, Instant first) {
        String key = TrackedProblem.key(env, f);
        if (shared == null) {
            return new TrackedProblem(env, f, first, acks.get(key));
        }
        Shared s = shared.get(key);
        return new TrackedProblem(env, f, first, s == null ? null : s.ack(), s == null ? null : s.incident());
    }

    private void refreshAcks() {
        current.replaceAll((env, list) -> list.stream()
                .map(p -> tracked(p.environmentId(), p.finding(), p.since())).toList());
        save();
    }

    private void save() {
        if (memory == null) {
            return;
        }
        try {
            memory.save(since, acks);
        } catch (IOException e) {
            // the list works without persistence and the next change tries again; the failure is said
            memory.failed(e);
        }
    }
}
