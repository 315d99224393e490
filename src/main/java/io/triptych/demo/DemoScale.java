package io.triptych.demo;

import io.triptych.demo.PipelineRun.RunJob;
import io.triptych.domain.Attachment;
import io.triptych.domain.Replica;
import io.triptych.domain.Server;
import io.triptych.domain.Service;
import io.triptych.domain.Volume;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Multiplies an environment for benchmarks: about 25·N servers, 40·N volumes, 10·N services and
 * 2.5·N pipelines. Copies carry a "-bK" suffix (K = copy number) and ids of their own; they do not move
 * by script (so transient states are settled) but answer restart, scale, retry and cancel like the originals.
 */
final class DemoScale {
    private DemoScale() {
    }

    static void apply(EnvState env, int scale) {
        if (scale <= 1) {
            return;
        }
        grow(env.servers, 25 * scale, DemoScale::server);
        grow(env.volumes, 40 * scale, DemoScale::volume);
        grow(env.services, 10 * scale, DemoScale::service);
        List<PipelineRun> templates = env.runs.stream().filter(r -> !r.active()).toList();
        int clones = (int) Math.round(2.5 * scale) - env.runs.size();
        for (int k = 1; k <= clones && !templates.isEmpty(); k++) {
            env.cloneRuns.add(pipeline(templates.get((k - 1) % templates.size()), k));
        }
    }

    private interface Copier<T> {
        T copy(T original, String suffix);
    }

    private static <T> void grow(List<T> list, int target, Copier<T> copier) {
        List<T> base = List.copyOf(list);
        for (int i = 0; list.size() < target; i++) {
            list.add(copier.copy(base.get(i % base.size()), "-b" + (i / base.size() + 1)));
        }
    }

    private static Server server(Server s, String suffix) {
        String name = s.name() + suffix;
        // Copies do not move: a copy of the building worker is simply built.
        String status = s.status().equals("BUILD") ? "ACTIVE" : s.status();
        return new Server(DemoIds.server(name), name, status, s.flavor(), s.image(), s.addresses(), s.fault(),
                s.created(), s.metadata());
    }

    private static Volume volume(Volume v, String suffix) {
        String name = v.name() + suffix;
        List<Attachment> attachments = new ArrayList<>();
        for (Attachment a : v.attachments()) {
            String server = a.serverName() + suffix;
            attachments.add(new Attachment(DemoIds.server(server), server, a.device()));
        }
        String status = v.status().equals("attaching") ? "in-use" : v.status();
        return new Volume(DemoIds.volume(name), name, status, v.sizeGb(), v.type(), attachments, v.created());
    }

    private static Service service(Service s, String suffix) {
        String name = s.name() + suffix;
        List<Replica> replicas = new ArrayList<>();
        for (Replica r : s.replicas()) {
            // Every replica name starts with its service's name, whatever the orchestrator.
            replicas.add(new Replica(name + r.name().substring(s.name().length()), r.state(), r.node(), r.restarts(),
                    r.message(), r.since()));
        }
        return new Service(name, s.kind(), s.namespace(), s.image(), s.desired(), s.running(), replicas);
    }

    private static PipelineRun pipeline(PipelineRun p, int k) {
        long id = 1_000_000L + k;
        Duration back = Duration.ofDays(1).plusMinutes(17L * k);
        List<RunJob> jobs = new ArrayList<>();
        for (RunJob j : p.jobs) {
            RunJob c = new RunJob(id * 100 + jobs.size(), j.name, j.stage, j.manual, j.allowFailure);
            c.status = j.status;
            c.startedAt = minus(j.startedAt, back);
            c.finishedAt = minus(j.finishedAt, back);
            jobs.add(c);
        }
        PipelineRun c = new PipelineRun(p.project, id, p.ref, p.createdAt.minus(back), p.commitTitle, p.author,
                p.source, true, jobs);
        c.status = p.status;
        c.startedAt = minus(p.startedAt, back);
        c.finishedAt = minus(p.finishedAt, back);
        return c;
    }

    private static Instant minus(Instant t, Duration d) {
        return t == null ? null : t.minus(d);
    }
}
