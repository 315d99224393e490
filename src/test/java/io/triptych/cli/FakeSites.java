package io.triptych.cli;

import io.triptych.domain.Attachment;
import io.triptych.domain.Environment;
import io.triptych.domain.Pipeline;
import io.triptych.domain.Replica;
import io.triptych.domain.Rule;
import io.triptych.domain.SecurityGroup;
import io.triptych.domain.Server;
import io.triptych.domain.Service;
import io.triptych.domain.ServiceKind;
import io.triptych.domain.Volume;
import io.triptych.source.CloudSource;
import io.triptych.source.EnvironmentSources;
import io.triptych.source.PipelineSource;
import io.triptych.source.ServiceSource;
import io.triptych.source.Site;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/** Small in-test sites: healthy, failing, throwing and hanging sources, with non-ASCII names. */
final class FakeSites {
    static final Instant CREATED = Instant.parse("2026-11-25T11:58:30.250Z");

    private FakeSites() {
    }

    static Site site(EnvironmentSources... environments) {
        return new Site("Site d'essai 中文", false, Duration.ofSeconds(15), List.of(environments));
    }

    static EnvironmentSources environment(String id, String name, CloudSource cloud, ServiceSource services,
                                          PipelineSource pipelines) {
        return new EnvironmentSources(new Environment(id, name, null, false), Optional.ofNullable(cloud),
                Optional.ofNullable(services), Optional.ofNullable(pipelines));
    }

    /** Everything configured, everything fine. */
    static EnvironmentSources healthy(String id, String name) {
        return environment(id, name, healthyCloud(), () -> List.of(service()), () -> List.of(pipeline("success")));
    }

    static CloudSource healthyCloud() {
        return cloud(List.of(new Server("srv-1", "web-é-1", "ACTIVE", "m1.small", "debian-12",
                        List.of("10.0.0.5", "2001:db8::5"), null, CREATED, Map.of())),
                List.of(new Volume("vol-1", "données-中文", "in-use", 20, "ceph",
                        List.of(new Attachment("srv-1", "web-é-1", "/dev/vdb")), CREATED)),
                List.of(new SecurityGroup("sg-1", "default", "", List.of(
                        new Rule("ingress", "IPv4", "tcp", 22, 22, "192.0.2.240/28"), // SSH from the VPN: healthy
                        new Rule("egress", "IPv6", null, null, null, "::/0")))));
    }

    static CloudSource cloud(List<Server> servers, List<Volume> volumes, List<SecurityGroup> groups) {
        return new CloudSource() {
            @Override public List<Server> servers() { return servers; }

            @Override public List<Volume> volumes() { return volumes; }

            @Override public List<SecurityGroup> securityGroups() { return groups; }
        };
    }

    static Service service() {
        return new Service("api", ServiceKind.DEPLOYMENT, "fsgs-web", "registry.example.org/api:1.4", 2, 2,
                List.of(new Replica("api-0", "Running", "node-1", 0, "", CREATED)));
    }

    static Pipeline pipeline(String status) {
        return new Pipeline("svom/sdb-api", 4242L, "develop", status, CREATED,
                "https://gitlab.example.org/svom/sdb-api/-/pipelines/4242", "0123456789abcdef", "Fix", "Zoé",
                "push", Duration.ofMinutes(3), List.of());
    }

    static ServiceSource throwing(String message) {
        return () -> {
            throw new IllegalStateException(message);
        };
    }

    /** A source that answers only when {@code release} opens (or its thread is interrupted). */
    static PipelineSource hanging(CountDownLatch release) {
        return () -> {
            release.await();
            return List.of();
        };
    }
}
