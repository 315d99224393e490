package io.triptych.domain;

import java.time.Instant;

/** One Swarm task or one Kubernetes pod of a service. */
public record Replica(String name, String state, String node, int restarts, String message, Instant since) {

    public Replica {
        message = message == null ? "" : message;
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
