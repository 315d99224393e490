package io.triptych.demo;

import io.triptych.concurrent.DaemonThreads;
import io.triptych.domain.Replica;
import io.triptych.domain.Service;
import io.triptych.domain.ServiceKind;
import io.triptych.source.LogFollow;
import io.triptych.source.LogRequest;
import io.triptych.source.LogSink;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The demo's service logs: a tail of past lines, then about one line a second per replica while
 * followed, on one daemon thread shared by every open log. A crash-looping pod's log (and any pod's
 * previous container, when it restarted) ends with the crash. Lines draw from a random seeded by what
 * is read, never from the world's, so opening a log does not change the world.
 */
public final class DemoLogStreams {
    static final long TICK_MS = 300;
    private static final int MAX_TAIL = 300;
    private ScheduledExecutorService scheduler;

    synchronized ScheduledExecutorService scheduler() {
        if (scheduler == null) {
            scheduler = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("demo-logs"));
        }
        return scheduler;
    }

    LogFollow service(DemoWorld world, String envId, Service asked, LogRequest req, LogSink sink) {
        Service s = world.services(envId).stream().filter(x -> x.key().equals(asked.key())).findFirst().orElse(asked);
        List<Replica> targets = req.replica().isEmpty() ? s.replicas()
                : s.replicas().stream().filter(r -> r.name().equals(req.replica())).toList();
        Instant now = world.clock().instant();
        if (targets.isEmpty()) {
            sink.ended(Optional.of((s.kind() == ServiceKind.SWARM ? "task " : "pod ") + req.replica() + " not found"));
            return () -> { };
        }
        String container = req.container().isEmpty() && !targets.get(0).containers().isEmpty()
                ? targets.get(0).containers().get(0) : req.container();
        if (!req.replica().isEmpty()) {
            Replica r = targets.get(0);
            if (req.previous()) {
                if (r.restarts() == 0) {
                    sink.ended(Optional.of("previous terminated container \"" + container + "\" in pod \""
                            + r.name() + "\" not found"));
                } else {
                    sink.lines(DemoLogLines.crash(s.name(), r.since() == null ? now : r.since().minusSeconds(12)));
                    sink.ended(Optional.empty());
                }
                return () -> { };
            }
            if (r.state().toLowerCase(java.util.Locale.ROOT).contains("crash")) {
                sink.lines(DemoLogLines.crash(s.name(), r.since() == null ? now : r.since()));
                sink.ended(Optional.empty());
                return () -> { };
            }
        }
        Random random = new Random(Objects.hash(envId, s.key(), req.replica(), container));
        int tail = Math.min(Math.max(0, req.tail()), MAX_TAIL);
        List<String> history = new ArrayList<>(tail);
        for (int i = tail; i > 0; i--) {
            Replica r = targets.get(random.nextInt(targets.size()));
            history.add(prefix(s, r, req) + DemoLogLines.line(s.name(), random, now.minusMillis(1500L * i)));
        }
        sink.lines(history);
        if (!req.follow()) {
            sink.ended(Optional.empty());
            return () -> { };
        }
        ScheduledFuture<?> f = scheduler().scheduleAtFixedRate(() -> {
            List<String> batch = new ArrayList<>();
            for (Replica r : targets) {
                if (random.nextInt(10) < 3) {
                    batch.add(prefix(s, r, req) + DemoLogLines.line(s.name(), random, world.clock().instant()));
                }
            }
            if (!batch.isEmpty()) {
                sink.lines(batch);
            }
        }, TICK_MS, TICK_MS, TimeUnit.MILLISECONDS);
        return () -> f.cancel(false);
    }

    /** What `docker service logs` and `kubectl logs -l … --prefix` put before each line of a whole service. */
    private static String prefix(Service s, Replica r, LogRequest req) {
        if (!req.replica().isEmpty()) {
            return "";
        }
        if (s.kind() == ServiceKind.SWARM) {
            return r.name() + "@" + r.node() + "    | ";
        }
        return "[pod/" + r.name() + "/" + (r.containers().isEmpty() ? s.name() : r.containers().get(0)) + "] ";
    }
}
