package io.triptych.domain;

import java.time.Instant;
import java.util.List;

/** One Swarm task or one Kubernetes pod of a service. */
public record Replica(String name, String state, String node, int restarts, String message, Instant since,
                      String desiredState, String ready, List<String> containers) {

    /**
     * @param state        what it is: a Swarm task state, or a pod's phase or container reason (CrashLoopBackOff…)
     * @param desiredState Swarm's desired state ("running", "shutdown"); "" for pods
     * @param ready        ready containers of a pod, "1/2"; "" for Swarm tasks
     * @param containers   a pod's container names, for choosing whose log; empty for Swarm tasks
     */
    public Replica {
        message = message == null ? "" : message;
        desiredState = desiredState == null ? "" : desiredState;
        ready = ready == null ? "" : ready;
        containers = containers == null ? List.of() : List.copyOf(containers);
    }

    public Replica(String name, String state, String node, int restarts, String message, Instant since) {
        this(name, state, node, restarts, message, since, "", "", List.of());
    }

    public Tone tone() {
        String s = state.toLowerCase(java.util.Locale.ROOT);
        if (s.equals("running")) {
            return Tone.GOOD;
        }
        if (s.contains("crash") || s.contains("fail") || s.contains("err") || s.contains("backoff")
                || s.contains("rejected") || s.contains("oomkilled")) {
            return Tone.BAD;
        }
        if (s.equals("shutdown") || s.equals("complete") || s.equals("succeeded")) {
            return Tone.IDLE;
        }
        return Tone.BUSY;
    }
}
