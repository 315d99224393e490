package io.triptych.demo;

import io.triptych.domain.Replica;
import io.triptych.domain.Service;
import io.triptych.domain.ServiceKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * What happens to a service's replicas: restarts, scaling, a DaemonSet reaching a new node, a pod
 * crash-looping. New replicas start as "starting" and turn "running" by a later timeline event.
 */
final class ServiceMoves {
    static final String CRASH_LOOP = "CrashLoopBackOff";
    static final String BACK_OFF = "Back-off restarting failed container";

    private final Timeline timeline;
    private final ReplicaNames names;

    ServiceMoves(Timeline timeline, ReplicaNames names) {
        this.timeline = timeline;
        this.names = names;
    }

    /**
     * A rolling restart, as Kubernetes and Swarm do it: one replica at a time is replaced (slot i at
     * 4·i s) and runs 3 s later, so a service with two or more replicas never stops serving.
     */
    void restart(EnvState env, String key) {
        Service s = env.service(key);
        Instant at = timeline.now();
        String hash = s.kind() == ServiceKind.DEPLOYMENT ? names.podTemplateHash() : null;
        for (int slot = 0; slot < s.replicas().size(); slot++) {
            int which = slot;
            timeline.at(at.plus(Duration.ofSeconds(4L * slot)), when -> replace(env, key, which, hash, when));
        }
    }

    private void replace(EnvState env, String key, int slot, String hash, Instant when) {
        Service s = env.service(key);
        if (slot >= s.replicas().size()) {
            return;
        }
        List<Replica> list = new ArrayList<>(s.replicas());
        Replica old = list.get(slot);
        Replica r = Replicas.create(s.kind(), s.name(), slot, hash, old.node(), Replicas.STARTING, when, names);
        list.set(slot, r);
        startsRunning(env, s.key(), r.name(), when.plus(Duration.ofSeconds(3)));
        env.putService(Replicas.with(s, s.desired(), list));
    }

    /** Desired changes now; surplus replicas go at once, new ones run after {@code settle}. */
    void scale(EnvState env, String key, int replicas, Duration settle) {
        Service s = env.service(key);
        if (replicas < 0) {
            throw new IllegalArgumentException("replicas must be 0 or more, not " + replicas);
        }
        if (s.kind() == ServiceKind.DAEMONSET) {
            throw new IllegalStateException(s.name() + " is a DaemonSet: it runs one pod per node and cannot be"
                    + " scaled");
        }
        Instant at = timeline.now();
        List<Replica> list = new ArrayList<>(s.replicas());
        while (list.size() > replicas) {
            list.remove(list.size() - 1);
        }
        List<String> managers = DemoEnvironments.managers(env.id());
        boolean onManagers = s.kind() == ServiceKind.SWARM && !list.isEmpty()
                && list.stream().allMatch(r -> managers.contains(r.node()));
        List<String> nodes = onManagers ? managers : DemoEnvironments.workers(env.id());
        String hash = Replicas.templateHash(s, names);
        while (list.size() < replicas) {
            int slot = list.size();
            Replica r = Replicas.create(s.kind(), s.name(), slot, hash, Replicas.node(nodes, s.name().length(), slot),
                    Replicas.STARTING, at, names);
            list.add(r);
            startsRunning(env, s.key(), r.name(), at.plus(settle));
        }
        env.putService(Replicas.with(s, replicas, list));
    }

    /** A DaemonSet gets a pod on a node that just joined. */
    void spreadOnto(EnvState env, String name, String node, Duration settle) {
        Service s = env.service(name);
        Instant at = timeline.now();
        List<Replica> list = new ArrayList<>(s.replicas());
        Replica r = Replicas.create(s.kind(), s.name(), list.size(), null, node, Replicas.STARTING, at, names);
        list.add(r);
        startsRunning(env, s.key(), r.name(), at.plus(settle));
        env.putService(Replicas.with(s, s.desired() + 1, list));
    }

    /** One more restart of a crash-looping pod. */
    void crash(EnvState env, String name, int slot) {
        change(env, name, slot, r -> Replicas.withState(r, CRASH_LOOP, r.restarts() + 1, BACK_OFF, timeline.now()));
    }

    void recover(EnvState env, String name, int slot) {
        change(env, name, slot, r -> Replicas.withState(r, Replicas.RUNNING, r.restarts(), "", timeline.now()));
    }

    private void change(EnvState env, String name, int slot, UnaryOperator<Replica> how) {
        Service s = env.service(name);
        if (slot >= s.replicas().size()) {
            return; // scaled down by hand meanwhile: nothing to crash
        }
        List<Replica> list = new ArrayList<>(s.replicas());
        list.set(slot, how.apply(list.get(slot)));
        env.putService(Replicas.with(s, s.desired(), list));
    }

    private void startsRunning(EnvState env, String key, String replica, Instant when) {
        timeline.at(when, t -> {
            Service s = env.service(key);
            List<Replica> list = new ArrayList<>(s.replicas());
            list.replaceAll(r -> r.name().equals(replica) && r.state().equals(Replicas.STARTING)
                    ? Replicas.withState(r, Replicas.RUNNING, r.restarts(), "", t) : r);
            env.putService(Replicas.with(s, s.desired(), list));
        });
    }
}
