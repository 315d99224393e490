package io.triptych.config;

import io.triptych.domain.Environment;
import io.triptych.domain.ServiceKind;
import io.triptych.source.CombinedServiceSource;
import io.triptych.source.EnvironmentSources;
import io.triptych.source.ServiceSource;
import io.triptych.source.Site;
import io.triptych.team.Team;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a checked site file into a runnable {@link Site}: one {@link EnvironmentSources} per environment,
 * in file order. A backend block the environment lacks becomes an empty source ("not configured").
 */
public final class SiteAssembler {
    private final BackendAdapters adapters;
    private final InsecureLinks insecure;

    /** With this build's stand-in sources, until the real adapters exist. */
    public SiteAssembler() {
        this(new UnavailableSources());
    }

    /** Links checked against this process's kubeconfig and Docker variables; clouds' verify is not known. */
    public SiteAssembler(BackendAdapters adapters) {
        this(adapters, InsecureLinks.forSystem(config -> java.util.Optional.empty()));
    }

    public SiteAssembler(BackendAdapters adapters, InsecureLinks insecure) {
        this.adapters = adapters;
        this.insecure = insecure;
    }

    public Site toSite(SiteConfig config) {
        return new Site(config.site(), false, config.refresh(),
                config.environments().stream().map(this::sources).toList(),
                config.team().map(t -> new Team(adapters.team(t), t.closeOnClear())));
    }

    /** Swarm, Kubernetes, or both in one list while an environment moves from one to the other. */
    private Optional<ServiceSource> services(EnvironmentConfig env) {
        Optional<ServiceSource> swarm = env.swarm().map(adapters::swarm);
        Optional<ServiceSource> kubernetes = env.kubernetes().map(adapters::kubernetes);
        if (swarm.isPresent() && kubernetes.isPresent()) {
            return Optional.of(new CombinedServiceSource(List.of(
                    new CombinedServiceSource.Part("swarm", Set.of(ServiceKind.SWARM), swarm.get()),
                    new CombinedServiceSource.Part("kubernetes",
                            Set.of(ServiceKind.DEPLOYMENT, ServiceKind.STATEFULSET, ServiceKind.DAEMONSET),
                            kubernetes.get()))));
        }
        return swarm.or(() -> kubernetes);
    }

    private EnvironmentSources sources(EnvironmentConfig env) {
        Environment environment = new Environment(env.id(), env.name(), env.color().orElse(null), env.protectedEnv(),
                insecure.of(env));
        return new EnvironmentSources(environment, env.openstack().map(adapters::openstack), services(env),
                env.gitlab().map(adapters::gitlab));
    }
}
