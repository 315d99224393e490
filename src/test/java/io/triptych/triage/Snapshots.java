package io.triptych.triage;

import io.triptych.domain.Environment;
import io.triptych.domain.EnvironmentSnapshot;
import io.triptych.domain.Health;
import io.triptych.domain.Pipeline;
import io.triptych.domain.Replica;
import io.triptych.domain.SecurityGroup;
import io.triptych.domain.Section;
import io.triptych.domain.SectionKind;
import io.triptych.domain.Server;
import io.triptych.domain.Service;
import io.triptych.domain.ServiceKind;
import io.triptych.domain.Volume;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Small builders for one environment's snapshot, every section loaded unless a test says otherwise. */
final class Snapshots {
    static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    static final Environment INTEGRATION = new Environment("integration", "Integration", "#2e7d32", false);

    Section<Server> servers = Section.<Server>loading(SectionKind.SERVERS).succeeded(List.of(), T0);
    Section<Volume> volumes = Section.<Volume>loading(SectionKind.VOLUMES).succeeded(List.of(), T0);
    Section<SecurityGroup> groups = Section.<SecurityGroup>loading(SectionKind.SECURITY_GROUPS)
            .succeeded(List.of(), T0);
    Section<Service> services = Section.<Service>loading(SectionKind.SERVICES).succeeded(List.of(), T0);
    Section<Pipeline> pipelines = Section.<Pipeline>loading(SectionKind.PIPELINES).succeeded(List.of(), T0);

    Snapshots servers(Server... items) {
        servers = servers.succeeded(List.of(items), T0);
        return this;
    }

    Snapshots volumes(Volume... items) {
        volumes = volumes.succeeded(List.of(items), T0);
        return this;
    }

    Snapshots services(Service... items) {
        services = services.succeeded(List.of(items), T0);
        return this;
    }

    Snapshots pipelines(Pipeline... items) {
        pipelines = pipelines.succeeded(List.of(items), T0);
        return this;
    }

    /** The raw snapshot, with no problems or health yet: what the rules read. */
    EnvironmentSnapshot draft() {
        return new EnvironmentSnapshot(INTEGRATION, servers, volumes, groups, services, pipelines, List.of(),
                Health.UNKNOWN, T0);
    }

    /** Through the assembler: problems evaluated, health derived. */
    EnvironmentSnapshot assembled() {
        return new SnapshotAssembler().assemble(INTEGRATION, servers, volumes, groups, services, pipelines, T0);
    }

    static Server server(String name, String status, String fault) {
        return new Server(name + "-id", name, status, "m1.large", "AlmaLinux-9.4-x86_64", List.of(), fault, T0,
                Map.of());
    }

    static Volume volume(String name, String status) {
        return new Volume(name + "-id", name, status, 100, "ssd", List.of(), T0);
    }

    static Service service(String name, int desired, int running, Replica... replicas) {
        return new Service(name, ServiceKind.SWARM, "fsgs", "registry.example.org/" + name + ":1.0", desired, running,
                List.of(replicas));
    }

    static Replica replica(String name, String state, String message) {
        return new Replica(name, state, "node-1", 0, message, T0);
    }

    static Pipeline pipeline(String project, long id, String status) {
        return new Pipeline(project, id, "develop", status, T0, "https://gitlab.example.org/" + project + "/-/pipelines/"
                + id, "0123456789abcdef", "Fix", "dev", "push", Duration.ofMinutes(3), List.of());
    }
}
