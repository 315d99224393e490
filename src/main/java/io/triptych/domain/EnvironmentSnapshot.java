package io.triptych.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Everything known about one environment at one moment. Immutable: safe to hand to the FX thread. */
public record EnvironmentSnapshot(
        Environment environment,
        Section<Server> servers,
        Section<Volume> volumes,
        Section<SecurityGroup> securityGroups,
        Section<Service> services,
        Section<Pipeline> pipelines,
        List<Problem> problems,
        Health health,
        Instant at) {

    public EnvironmentSnapshot {
        problems = List.copyOf(problems);
    }

    public List<Section<? extends Item>> sections() {
        return List.of(servers, volumes, securityGroups, services, pipelines);
    }

    public Section<? extends Item> section(SectionKind kind) {
        return switch (kind) {
            case SERVERS -> servers;
            case VOLUMES -> volumes;
            case SECURITY_GROUPS -> securityGroups;
            case SERVICES -> services;
            case PIPELINES -> pipelines;
        };
    }

    public List<SourceError> errors() {
        return sections().stream().map(Section::error).flatMap(Optional::stream).toList();
    }

    /** The oldest fetch among loaded sections: what "updated N s ago" reports. */
    public Optional<Instant> updatedAt() {
        return sections().stream().filter(Section::configured).map(Section::fetchedAt)
                .filter(java.util.Objects::nonNull).min(Instant::compareTo);
    }
}
