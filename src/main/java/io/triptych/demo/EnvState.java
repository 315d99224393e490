package io.triptych.demo;

import io.triptych.domain.Environment;
import io.triptych.domain.SecurityGroup;
import io.triptych.domain.Server;
import io.triptych.domain.Service;
import io.triptych.domain.Volume;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;

/** One environment's mutable state. Guarded by the {@link DemoWorld} lock. */
final class EnvState {
    final Environment environment;
    final List<Server> servers;
    final List<Volume> volumes;
    final List<SecurityGroup> securityGroups;
    final List<Service> services;
    /** Sample pipelines and the ones the world creates; kept to a dozen or so. */
    final List<PipelineRun> runs;
    /** Benchmark copies ({@code scale > 1}), older than every sample; never trimmed. */
    final List<PipelineRun> cloneRuns = new ArrayList<>();

    EnvState(String envId, Instant start, ReplicaNames names) {
        this.environment = DemoEnvironments.get(envId);
        this.servers = new ArrayList<>(DemoServers.forEnvironment(envId, start));
        this.volumes = new ArrayList<>(DemoVolumes.forEnvironment(envId, start));
        this.securityGroups = List.copyOf(DemoSecurityGroups.forEnvironment(envId));
        this.services = new ArrayList<>(DemoWorkloads.forEnvironment(envId, start, names));
        this.runs = new ArrayList<>(DemoPipelines.forEnvironment(envId, start));
    }

    String id() {
        return environment.id();
    }

    void updateServer(String name, UnaryOperator<Server> change) {
        servers.replaceAll(s -> s.name().equals(name) ? change.apply(s) : s);
    }

    void updateVolume(String name, UnaryOperator<Volume> change) {
        volumes.replaceAll(v -> v.name().equals(name) ? change.apply(v) : v);
    }

    /** Finds a service by key ("namespace/name") or, failing that, by name. */
    Service service(String keyOrName) {
        for (Service s : services) {
            if (s.key().equals(keyOrName) || s.name().equals(keyOrName)) {
                return s;
            }
        }
        throw new IllegalArgumentException("no service '" + keyOrName + "' in " + id());
    }

    void putService(Service changed) {
        services.replaceAll(s -> s.key().equals(changed.key()) ? changed : s);
    }

    PipelineRun run(String key) {
        for (PipelineRun r : runs) {
            if (r.key().equals(key)) {
                return r;
            }
        }
        for (PipelineRun r : cloneRuns) {
            if (r.key().equals(key)) {
                return r;
            }
        }
        throw new IllegalArgumentException("no pipeline '" + key + "' in " + id());
    }

    PipelineRun run(long id) {
        return runs.stream().filter(r -> r.id == id).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no pipeline #" + id + " in " + id()));
    }

    /** Adds a pipeline the world created, dropping the oldest such ones beyond {@code max} in all. */
    void addRun(PipelineRun run, int max) {
        runs.add(run);
        while (runs.size() > max) {
            PipelineRun oldest = runs.stream().filter(r -> !r.pinned)
                    .min(Comparator.comparing((PipelineRun r) -> r.createdAt).thenComparingLong(r -> r.id))
                    .orElse(null);
            if (oldest == null || oldest == run) {
                return;
            }
            runs.remove(oldest);
        }
    }
}
