package io.triptych.triage;

import io.triptych.domain.EnvironmentSnapshot;
import io.triptych.domain.Pipeline;
import io.triptych.domain.Problem;
import io.triptych.domain.Replica;
import io.triptych.domain.SectionKind;
import io.triptych.domain.Server;
import io.triptych.domain.Service;
import io.triptych.domain.Severity;
import io.triptych.domain.SourceError;
import io.triptych.domain.Tone;
import io.triptych.domain.Volume;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The first, small set of problem rules: enough to drive each column's health. Each rule looks at one
 * section; the list is sorted loudest first.
 */
public final class ProblemRules {

    public List<Problem> evaluate(EnvironmentSnapshot s) {
        List<Problem> out = new ArrayList<>();
        for (SourceError e : s.errors()) {
            out.add(new Problem(Severity.WARNING, e.source(), e.source().jsonName(), "source unreachable: "
                    + e.message()));
        }
        s.servers().items().forEach(v -> server(v, out));
        s.volumes().items().forEach(v -> volume(v, out));
        s.services().items().forEach(v -> service(v, out));
        s.pipelines().items().forEach(v -> pipeline(v, out));
        out.sort(Comparator.comparing(Problem::severity));
        return out;
    }

    private static void server(Server v, List<Problem> out) {
        if (v.tone() == Tone.BAD) {
            String why = v.fault().isEmpty() ? "" : ": " + v.fault();
            out.add(new Problem(Severity.CRITICAL, SectionKind.SERVERS, v.name(), "server is " + v.status() + why));
        }
    }

    private static void volume(Volume v, List<Problem> out) {
        if (v.tone() == Tone.BAD) {
            out.add(new Problem(Severity.CRITICAL, SectionKind.VOLUMES, v.name(), "volume is " + v.status()));
        }
    }

    private static void service(Service v, List<Problem> out) {
        if (v.desired() > 0 && v.running() == 0) {
            out.add(new Problem(Severity.CRITICAL, SectionKind.SERVICES, v.name(),
                    "no replica running (0/" + v.desired() + ")"));
            return;
        }
        if (v.running() < v.desired()) {
            out.add(new Problem(Severity.WARNING, SectionKind.SERVICES, v.name(),
                    v.running() + "/" + v.desired() + " replicas running" + firstFailure(v)));
        } else if (v.replicas().stream().anyMatch(r -> r.tone() == Tone.BAD)) {
            out.add(new Problem(Severity.WARNING, SectionKind.SERVICES, v.name(), "failing replica" + firstFailure(v)));
        }
    }

    private static String firstFailure(Service v) {
        return v.replicas().stream().filter(r -> r.tone() == Tone.BAD).findFirst()
                .map(ProblemRules::describe).orElse("");
    }

    private static String describe(Replica r) {
        return ": " + r.name() + " " + r.state() + (r.message().isEmpty() ? "" : " (" + r.message() + ")");
    }

    private static void pipeline(Pipeline p, List<Problem> out) {
        if ("failed".equals(p.status())) {
            out.add(new Problem(Severity.WARNING, SectionKind.PIPELINES, p.project() + " #" + p.id(),
                    "pipeline failed on " + p.ref()));
        }
    }
}
