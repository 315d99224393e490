package io.triptych.config;

import io.triptych.domain.Environment;
import io.triptych.source.EnvironmentSources;
import io.triptych.source.ServiceSource;
import io.triptych.source.Site;
import java.util.Optional;

/**
 * Turns a checked site file into a runnable {@link Site}: one {@link EnvironmentSources} per environment,
 * in file order. A backend block the environment lacks becomes an empty source ("not configured").
 */
public final class SiteAssembler {
    private final BackendAdapters adapters;

    /** With this build's stand-in sources, until the real adapters exist. */
    public SiteAssembler() {
        this(new UnavailableSources());
    }

    public SiteAssembler(BackendAdapters adapters) {
        this.adapters = adapters;
    }

    public Site toSite(SiteConfig config) {
        return new Site(config.site(), false, config.refresh(),
                config.environments().stream().map(this::sources).toList());
    }

    private EnvironmentSources sources(EnvironmentConfig env) {
        Environment environment = new Environment(env.id(), env.name(), env.color().orElse(null), env.protectedEnv());
        Optional<ServiceSource> services = env.swarm().map(adapters::swarm)
                .or(() -> env.kubernetes().map(adapters::kubernetes));
        return new EnvironmentSources(environment, env.openstack().map(adapters::openstack), services,
                env.gitlab().map(adapters::gitlab));
    }
}
