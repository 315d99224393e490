package io.triptych.app;

import io.triptych.config.ConfigException;
import io.triptych.config.GitLabConfig;
import io.triptych.config.KubernetesConfig;
import io.triptych.config.OpenStackConfig;
import io.triptych.config.SwarmConfig;
import io.triptych.config.clouds.CloudResolver;
import io.triptych.config.clouds.CloudsSearch;
import io.triptych.gitlab.GitLabException;
import io.triptych.gitlab.UserProbe;
import io.triptych.init.Found;
import io.triptych.init.InitText;
import io.triptych.init.Machine;
import io.triptych.init.Prober;
import io.triptych.kubernetes.KubernetesException;
import io.triptych.kubernetes.VersionProbe;
import io.triptych.openstack.KeystoneProbe;
import io.triptych.openstack.OpenStackException;
import io.triptych.swarm.PingProbe;
import io.triptych.swarm.SwarmException;
import java.util.List;
import java.util.Optional;

/**
 * {@code triptych init}'s connection tests, with the adapters the window uses: a Keystone token, Kubernetes
 * {@code /version}, Docker {@code _ping}, GitLab {@code /user}; each failure one line without a secret. Also
 * lists a Docker engine's stacks for discovery. All read the operator's files through {@link Machine}.
 */
final class InitProber implements Prober {
    private final Machine machine;
    private final InitText text;

    InitProber(Machine machine, InitText text) {
        this.machine = machine;
        this.text = text;
    }

    @Override
    public Outcome test(Found item) {
        try {
            if (item instanceof Found.Cloud c) {
                CloudResolver clouds = new CloudResolver(new CloudsSearch(machine.env(), machine.home(), machine.cwd(),
                        machine.etc()), machine.env());
                String at = KeystoneProbe.issueToken(clouds.resolve(new OpenStackConfig(c.name(),
                        Optional.of(c.cloudsFile()), Optional.empty(), Optional.empty())));
                return Outcome.ok(text.get("init.probe.cloud", at));
            }
            if (item instanceof Found.KubeContext k) {
                String[] v = VersionProbe.version(new KubernetesConfig(k.kubeconfig(), Optional.of(k.name()),
                        k.namespace().stream().toList()), machine.env(), machine.home());
                return Outcome.ok(text.get("init.probe.context", v[0], v[1]));
            }
            if (item instanceof Found.Docker d) {
                return Outcome.ok(text.get("init.probe.docker", PingProbe.ping(swarm(d))));
            }
            if (item instanceof Found.GitLab g) {
                String user = UserProbe.user(new GitLabConfig(g.url(), g.tokenEnv(), g.projects(), Optional.empty()),
                        machine.env()::get);
                return Outcome.ok(text.get("init.probe.gitlab", g.url(), user));
            }
            return Outcome.skipped(text.get("init.probe.local"));
        } catch (ConfigException e) {
            return Outcome.failed(String.join("; ", e.problems()));
        } catch (OpenStackException | KubernetesException | SwarmException | GitLabException e) {
            return Outcome.failed(e.getMessage());
        }
    }

    /** The stacks an engine runs; empty when it cannot be asked. */
    Optional<List<String>> stacks(Found.Docker d) {
        try {
            return Optional.of(PingProbe.stacks(swarm(d)));
        } catch (SwarmException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static SwarmConfig swarm(Found.Docker d) {
        return new SwarmConfig(Optional.of(d.host()), d.certPath().isPresent(), d.certPath(), d.stack().stream().toList());
    }
}
