package io.triptych.source;

import io.triptych.domain.Environment;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What feeds one environment column. A missing source means the environment has no such backend
 * (no GitLab, say): its sections show "not configured", not an error. Owns its sources: {@link #close}
 * frees them all.
 */
public record EnvironmentSources(Environment environment, Optional<CloudSource> cloud,
                                 Optional<ServiceSource> services, Optional<PipelineSource> pipelines)
        implements AutoCloseable {

    /**
     * Closes every source, each on its own: one that fails (or throws anything) never keeps the others open.
     * A source that serves two roles is closed once.
     *
     * @return one line per source that failed to close ("pipelines: …"); empty when all closed
     */
    public List<String> closeAll() {
        List<String> failures = new ArrayList<>();
        Set<AutoCloseable> done = Collections.newSetFromMap(new IdentityHashMap<>());
        Stream.of(cloud.map(c -> new Named("cloud", c)), services.map(s -> new Named("services", s)),
                pipelines.map(p -> new Named("pipelines", p))).flatMap(Optional::stream)
                .filter(n -> done.add(n.source())).forEach(n -> {
                    try {
                        n.source().close();
                    } catch (Exception | LinkageError e) {
                        failures.add(n.role() + ": " + (e.getMessage() == null ? e.getClass().getSimpleName()
                                : e.getMessage().lines().findFirst().orElse("")));
                    }
                });
        return failures;
    }

    /** The cloud source, when it can also do {@code capability} (links, power actions…). */
    public <T> Optional<T> cloud(Class<T> capability) {
        return as(cloud, capability);
    }

    /** The service source, when it can also do {@code capability} (restart, scale, watch…). */
    public <T> Optional<T> services(Class<T> capability) {
        return as(services, capability);
    }

    /** The pipeline source, when it can also do {@code capability} (retry, cancel, deployments…). */
    public <T> Optional<T> pipelines(Class<T> capability) {
        return as(pipelines, capability);
    }

    private static <T> Optional<T> as(Optional<?> source, Class<T> capability) {
        return source.filter(capability::isInstance).map(capability::cast);
    }

    @Override
    public void close() {
        closeAll();
    }

    private record Named(String role, AutoCloseable source) {
    }
}
