package io.triptych.demo;

import io.triptych.domain.Job;
import io.triptych.domain.Pipeline;
import io.triptych.source.LogFollow;
import io.triptych.source.LogSink;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Reads a demo job's log: a finished job's at once; a running job's head at once, then its script a
 * line at a time while the world says it runs, and its end when the world says how it ended.
 */
final class DemoTraceFollow {
    static final long TICK_MS = 700;

    private DemoTraceFollow() {
    }

    static LogFollow follow(DemoWorld world, String envId, Pipeline p, Job asked, LogSink sink,
                            DemoLogStreams streams) {
        Instant now = world.clock().instant();
        Job job = current(world, envId, p, asked).orElse(asked);
        Duration took = job.duration() == null ? Duration.ZERO : job.duration();
        // The runner prepares for about 9 s before the script starts: the sections get their real lengths.
        long t0 = now.minus(took).getEpochSecond() - 9;
        sink.lines(DemoTrace.head(p.project(), job.name(), p.ref(), p.sha() == null ? "0000000000" : p.sha(), t0));
        List<String> body = DemoTrace.body(job.name(), job.id());
        if (!job.status().equals("running")) {
            sink.lines(body);
            sink.lines(DemoTrace.tail(job.name(), job.status(), t0 + 9 + Math.max(3, took.getSeconds())));
            sink.ended(Optional.empty());
            return () -> { };
        }
        int[] sent = {Math.min(body.size() / 3, body.size())};
        sink.lines(body.subList(0, sent[0]));
        ScheduledFuture<?>[] self = new ScheduledFuture<?>[1];
        self[0] = streams.scheduler().scheduleWithFixedDelay(() -> {
            Optional<Job> j = current(world, envId, p, job);
            String status = j.map(Job::status).orElse("canceled");
            if (status.equals("running")) {
                if (sent[0] < body.size()) {
                    sink.lines(List.of(body.get(sent[0]++)));
                }
                return;
            }
            sink.lines(body.subList(sent[0], body.size()));
            sink.lines(DemoTrace.tail(job.name(), status, world.clock().instant().getEpochSecond()));
            sink.ended(Optional.empty());
            self[0].cancel(false);
        }, TICK_MS, TICK_MS, TimeUnit.MILLISECONDS);
        return () -> self[0].cancel(false);
    }

    private static Optional<Job> current(DemoWorld world, String envId, Pipeline p, Job job) {
        return world.pipelines(envId).stream().filter(x -> x.key().equals(p.key())).findFirst()
                .flatMap(x -> x.jobs().stream().filter(j -> j.id() == job.id()).findFirst());
    }
}
