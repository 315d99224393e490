package io.triptych.ui.model;

import io.triptych.domain.Environment;
import io.triptych.domain.EnvironmentSnapshot;
import io.triptych.domain.Health;
import io.triptych.domain.Section;
import io.triptych.domain.SectionKind;
import io.triptych.domain.Server;
import io.triptych.testing.FakeSite;
import java.time.Instant;
import java.util.List;

/** Snapshots for the view-model tests: servers only, the other sections still loading. */
final class ViewModelSnapshots {
    static final Environment INT = new Environment("int", "Integration", "#1e88e5", false);
    static final Environment PROD = new Environment("prod", "Production", "#e53935", true);

    private ViewModelSnapshots() {
    }

    static EnvironmentSnapshot of(Environment env, Health health, Server... servers) {
        return with(env, health, Section.<Server>loading(SectionKind.SERVERS).succeeded(List.of(servers),
                FakeSite.T0), FakeSite.T0);
    }

    static EnvironmentSnapshot with(Environment env, Health health, Section<Server> servers, Instant at) {
        return new EnvironmentSnapshot(env, servers, Section.loading(SectionKind.VOLUMES),
                Section.loading(SectionKind.SECURITY_GROUPS), Section.loading(SectionKind.SERVICES),
                Section.loading(SectionKind.PIPELINES), List.of(), health, at);
    }
}
