package io.triptych.triage;

import io.triptych.domain.DriftCheck;
import io.triptych.domain.EnvironmentSnapshot;
import io.triptych.domain.Pipeline;
import io.triptych.domain.Problem;
import io.triptych.domain.Replica;
import io.triptych.domain.Section;
import io.triptych.domain.SectionKind;
import io.triptych.domain.Server;
import io.triptych.domain.Service;
import io.triptych.domain.Severity;
import io.triptych.domain.Tone;
import io.triptych.domain.Volume;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The problem rules, one small method per item kind; the list is sorted loudest first. One instance
 * per environment: it remembers since when each volume has been in its status (stuck transitions).
 * A server that is SHUTOFF on purpose carries the metadata {@value #EXPECTED_STATE} = shutoff.
 */
public final class ProblemRules {
    public static final String EXPECTED_STATE = "expected_state";
    /** A pod that restarted this often is flagged even while it runs. */
    public static final int RESTARTS = 5;
    private final Duration stuckAfter;
    private final Duration staleAfter;
    private final VolumeClock clock = new VolumeClock();

    public ProblemRules() {
        this(Duration.ofMinutes(10), Duration.ofMinutes(10));
    }

    public ProblemRules(Duration stuckAfter, Duration staleAfter) {
        this.stuckAfter = stuckAfter;
        this.staleAfter = staleAfter;
    }

    /** The problems in English, as the domain snapshot and `status` carry them. */
    public List<Problem> evaluate(EnvironmentSnapshot s) {
        return findings(s, Optional.empty()).stream().map(f -> f.toProblem(MessageLookup.english())).toList();
    }

    public List<Finding> findings(EnvironmentSnapshot s, Optional<DriftCheck> drift) {
        List<Finding> out = new ArrayList<>();
        for (Section<?> section : s.sections()) {
            sources(section, s, out);
        }
        s.servers().items().forEach(v -> server(v, out));
        clock.observe(s.volumes().items(), s.at());
        s.volumes().items().forEach(v -> volume(v, s, out));
        s.securityGroups().items().forEach(g -> out.addAll(ExposedPorts.findings(g)));
        s.services().items().forEach(v -> service(v, out));
        newestPerProject(s.pipelines().items()).forEach(v -> pipeline(v, out));
        drift.ifPresent(d -> drift(d, out));
        out.sort(Comparator.comparing(Finding::severity));
        return out;
    }

    private void sources(Section<?> x, EnvironmentSnapshot s, List<Finding> out) {
        String name = x.kind().jsonName();
        if (x.failure() != null) {
            out.add(new Finding("source.unreachable", Severity.WARNING, x.kind(), "", name,
                    List.of(x.failure().message())));
        } else if (x.loaded() && Duration.between(x.fetchedAt(), s.at()).compareTo(staleAfter) > 0) {
            out.add(new Finding("source.stale", Severity.WARNING, x.kind(), "", name,
                    List.of(Duration.between(x.fetchedAt(), s.at()).toMinutes())));
        }
    }

    private static void server(Server v, List<Finding> out) {
        if (v.tone() == Tone.BAD) {
            out.add(v.fault().isEmpty()
                    ? new Finding("server.error", Severity.CRITICAL, SectionKind.SERVERS, v.id(), v.name(),
                            List.of(v.status()))
                    : new Finding("server.errorFault", Severity.CRITICAL, SectionKind.SERVERS, v.id(), v.name(),
                            List.of(v.status(), v.fault())));
        } else if (v.status().equalsIgnoreCase("SHUTOFF")
                && !v.status().equalsIgnoreCase(v.metadata().getOrDefault(EXPECTED_STATE, ""))) {
            out.add(new Finding("server.shutoff", Severity.WARNING, SectionKind.SERVERS, v.id(), v.name(),
                    List.of(EXPECTED_STATE)));
        }
    }

    private void volume(Volume v, EnvironmentSnapshot s, List<Finding> out) {
        if (v.tone() == Tone.BAD) {
            out.add(new Finding("volume.error", Severity.CRITICAL, SectionKind.VOLUMES, v.id(), v.name(),
                    List.of(v.status())));
        } else if (v.tone() == Tone.BUSY) {
            Duration in = clock.timeInStatus(v, s.at());
            if (in.compareTo(stuckAfter) > 0) {
                out.add(new Finding("volume.stuck", Severity.WARNING, SectionKind.VOLUMES, v.id(), v.name(),
                        List.of(v.status(), in.toMinutes())));
            }
        }
    }

    private static void service(Service v, List<Finding> out) {
        String key = v.key();
        if (v.desired() > 0 && v.running() == 0) {
            out.add(new Finding("service.down", Severity.CRITICAL, SectionKind.SERVICES, key, v.name(),
                    List.of(v.desired())));
        } else if (v.running() < v.desired()) {
            out.add(new Finding("service.degraded", Severity.WARNING, SectionKind.SERVICES, key, v.name(),
                    List.of(v.running(), v.desired(), firstFailure(v))));
        } else if (v.replicas().stream().anyMatch(r -> r.tone() == Tone.BAD)) {
            out.add(new Finding("service.failing", Severity.WARNING, SectionKind.SERVICES, key, v.name(),
                    List.of(firstFailure(v))));
        } else {
            v.replicas().stream().filter(r -> r.restarts() >= RESTARTS).findFirst().ifPresent(r -> out.add(
                    new Finding("service.restarting", Severity.INFO, SectionKind.SERVICES, key, v.name(),
                            List.of(r.name(), r.restarts()))));
        }
    }

    private static String firstFailure(Service v) {
        return v.replicas().stream().filter(r -> r.tone() == Tone.BAD).findFirst()
                .map(ProblemRules::describe).orElse("");
    }

    private static String describe(Replica r) {
        return ": " + r.name() + " " + r.state() + (r.message().isEmpty() ? "" : " (" + r.message() + ")");
    }

    /** Only the newest pipeline of each project counts: a later success means it was fixed. */
    static List<Pipeline> newestPerProject(List<Pipeline> all) {
        Map<String, Pipeline> newest = new LinkedHashMap<>();
        for (Pipeline p : all) {
            newest.merge(p.project(), p, (a, b) -> newer(a, b) ? a : b);
        }
        return List.copyOf(newest.values());
    }

    private static boolean newer(Pipeline a, Pipeline b) {
        if (a.createdAt() != null && b.createdAt() != null && !a.createdAt().equals(b.createdAt())) {
            return a.createdAt().isAfter(b.createdAt());
        }
        return a.id() > b.id();
    }

    private static void pipeline(Pipeline p, List<Finding> out) {
        if ("failed".equals(p.status().toLowerCase(Locale.ROOT))) {
            out.add(new Finding("pipeline.failed", Severity.WARNING, SectionKind.PIPELINES, p.key(),
                    p.project() + " #" + p.id(), List.of(String.valueOf(p.ref()))));
        }
    }

    /** Drift is about the servers' infrastructure: it belongs to the servers section. */
    private static void drift(DriftCheck d, List<Finding> out) {
        if (d.status() == DriftCheck.Status.DRIFTED) {
            out.add(new Finding("drift.drifted", Severity.WARNING, SectionKind.SERVERS, "", "terraform",
                    List.of(d.changes())));
        } else if (d.status() == DriftCheck.Status.FAILED) {
            out.add(new Finding("drift.failed", Severity.INFO, SectionKind.SERVERS, "", "terraform",
                    List.of(d.message())));
        }
    }
}
