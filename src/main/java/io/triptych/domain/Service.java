package io.triptych.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A Swarm service or a Kubernetes workload (Deployment, StatefulSet, DaemonSet). */
public record Service(
        String name,
        ServiceKind kind,
        String namespace,
        String image,
        int desired,
        int running,
        List<Replica> replicas,
        String mode,
        List<String> ports,
        String rollout,
        Instant created) implements Item {

    /**
     * @param mode    "replicated" or "global" for Swarm; "" where the kind has no such choice
     * @param ports   published ports as the orchestrator's CLI shows them ("8080:80/tcp")
     * @param rollout update status: "" when settled, else "updating", "paused", "rollback…", "progressing"…
     * @param created null when unknown
     */
    public Service {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        namespace = namespace == null ? "" : namespace;
        replicas = List.copyOf(replicas);
        mode = mode == null ? "" : mode;
        ports = ports == null ? List.of() : List.copyOf(ports);
        rollout = rollout == null ? "" : rollout;
    }

    public Service(String name, ServiceKind kind, String namespace, String image, int desired, int running,
                   List<Replica> replicas) {
        this(name, kind, namespace, image, desired, running, replicas, "", List.of(), "", null);
    }

    /** Namespace (or stack), kind and name: a Deployment and a StatefulSet may share a name. */
    @Override public String key() { return namespace + "/" + kind.jsonName() + "/" + name; }

    @Override public String displayName() { return name; }

    /** "2/3": running over desired, what every orchestrator UI shows. */
    @Override public String status() { return running + "/" + desired; }

    @Override public Tone tone() {
        if (desired == 0) {
            return Tone.IDLE;
        }
        if (running == 0) {
            return Tone.BAD;
        }
        if (replicas.stream().anyMatch(r -> r.tone() == Tone.BAD)) {
            return Tone.WARN;
        }
        if (running < desired) {
            return Tone.WARN;
        }
        return running > desired ? Tone.BUSY : Tone.GOOD;
    }

    /** The part after the last ':' of the image, without a pinned digest; "latest" when none, "" unknown. */
    public String tag() {
        if (image == null || image.isEmpty()) {
            return "";
        }
        int at = image.indexOf('@');
        String ref = at >= 0 ? image.substring(0, at) : image;
        int slash = ref.lastIndexOf('/');
        int colon = ref.lastIndexOf(':');
        return colon > slash ? ref.substring(colon + 1) : "latest";
    }

    public Service with(int newDesired, int newRunning, List<Replica> newReplicas) {
        return new Service(name, kind, namespace, image, newDesired, newRunning, newReplicas, mode, ports, rollout,
                created);
    }

    @Override public String searchText() {
        return Text.lower(name, kind.jsonName(), namespace, image, status());
    }
}
