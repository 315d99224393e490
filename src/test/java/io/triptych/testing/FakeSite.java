package io.triptych.testing;

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
import io.triptych.source.Restartable;
import io.triptych.source.ServiceSource;
import io.triptych.source.Site;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** A small site whose data tests change by hand: three environments, a few rows each. */
public final class FakeSite {
    public static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    /** One environment's mutable data. */
    public static final class Env implements CloudSource, ServiceSource, PipelineSource, Restartable,
            io.triptych.source.ServerControl {
        public final List<Server> servers = new CopyOnWriteArrayList<>();
        public final List<Volume> volumes = new CopyOnWriteArrayList<>();
        public final List<SecurityGroup> groups = new CopyOnWriteArrayList<>();
        public final List<Service> services = new CopyOnWriteArrayList<>();
        public final List<Pipeline> pipelines = new CopyOnWriteArrayList<>();
        public final List<String> restarted = new CopyOnWriteArrayList<>();
        /** Server actions received, as "stop pp-web-01"; a refusal is programmed with {@link #refuse}. */
        public final List<String> serverActions = new CopyOnWriteArrayList<>();
        public volatile String refusal;
        public volatile String console = "";
        public volatile RuntimeException failure;

        @Override public List<Server> servers() { fail(); return List.copyOf(servers); }
        @Override public List<Volume> volumes() { fail(); return List.copyOf(volumes); }
        @Override public List<SecurityGroup> securityGroups() { fail(); return List.copyOf(groups); }
        @Override public List<Service> services() { fail(); return List.copyOf(services); }
        @Override public List<Pipeline> pipelines() { fail(); return List.copyOf(pipelines); }
        @Override public void restart(Service s) { restarted.add(s.name()); }

        @Override
        public void power(Server s, io.triptych.domain.ServerAction action) throws io.triptych.source.ActionRefused {
            if (refusal != null) {
                throw new io.triptych.source.ActionRefused(refusal);
            }
            serverActions.add(action.code() + " " + s.name());
            String task = switch (action) {
                case START -> "powering-on";
                case STOP -> "powering-off";
                default -> "rebooting";
            };
            for (int i = 0; i < servers.size(); i++) {
                Server was = servers.get(i);
                if (was.id().equals(s.id())) {
                    servers.set(i, new Server(was.id(), was.name(), action == io.triptych.domain.ServerAction.REBOOT
                            ? "REBOOT" : action == io.triptych.domain.ServerAction.HARD_REBOOT ? "HARD_REBOOT"
                            : was.status(), was.flavor(), was.image(), was.addresses(), "", was.created(),
                            was.metadata(), task, was.powerState(), was.updated()));
                }
            }
        }

        @Override
        public String consoleLog(Server s, int lines) {
            serverActions.add("console-log " + lines + " " + s.name());
            return console;
        }

        @Override
        public String remoteConsole(Server s) {
            serverActions.add("remote-console " + s.name());
            return "https://console.example.org/vnc_auto.html?token=secret-console-token";
        }

        private void fail() {
            if (failure != null) {
                throw failure;
            }
        }

        /** Replaces the server with this name by one with another status. */
        public void setServerStatus(String name, String status) {
            for (int i = 0; i < servers.size(); i++) {
                if (servers.get(i).name().equals(name)) {
                    servers.set(i, servers.get(i).withStatus(status, ""));
                }
            }
        }
    }

    public final Env integration = env("int");
    public final Env preproduction = env("pp");
    public final Env production = env("prod");

    public Site site() {
        List<EnvironmentSources> envs = new ArrayList<>();
        envs.add(sources(new Environment("integration", "Integration", "#2e7d32", false), integration));
        envs.add(sources(new Environment("preproduction", "Pre-production", "#ef6c00", false), preproduction));
        envs.add(sources(new Environment("production", "Production", "#c62828", true), production));
        return new Site("Test site", false, Duration.ofSeconds(2), envs);
    }

    private static EnvironmentSources sources(Environment e, Env env) {
        return new EnvironmentSources(e, java.util.Optional.of(env), java.util.Optional.of(env),
                java.util.Optional.of(env));
    }

    private static Env env(String p) {
        Env e = new Env();
        e.servers.add(server(p + "-web-01", "ACTIVE", "m1.small"));
        e.servers.add(server(p + "-db-01", "ACTIVE", "r1.xlarge"));
        e.servers.add(server(p + "-worker-01", "BUILD", "c1.2xlarge"));
        e.volumes.add(new Volume(p + "-vol-1", p + "-pgdata", "in-use", 100, "ssd",
                List.of(new io.triptych.domain.Attachment(p + "-db-01-id", p + "-db-01", "/dev/vdb")), T0));
        e.groups.add(new SecurityGroup(p + "-sg-1", "sg-ssh", "SSH from the VPN",
                List.of(new Rule("ingress", "IPv4", "tcp", 22, 22, "192.0.2.240/28"))));
        e.services.add(new Service(p + "_api", ServiceKind.SWARM, p, "registry.example.org/api:1.2.3", 2, 2,
                List.of(new Replica(p + "_api.1.abc", "running", "node-1", 0, "", T0),
                        new Replica(p + "_api.2.def", "running", "node-2", 0, "", T0))));
        e.pipelines.add(new Pipeline("group/api", 100, "develop", "success", T0, "https://gitlab.example.org/p/100",
                "0123456789abcdef", "Fix the thing", "dev", "push", Duration.ofMinutes(3), List.of()));
        return e;
    }

    public static Server server(String name, String status, String flavor) {
        return new Server(name + "-id", name, status, flavor, "AlmaLinux-9.4-x86_64", List.of("198.51.100.10"),
                "", T0, Map.of("env", "test"));
    }
}
