package io.triptych.demo;

import io.triptych.domain.Environment;
import io.triptych.source.EnvironmentSources;
import io.triptych.source.Site;
import io.triptych.team.Team;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The built-in demo site: what runs when there is no site file, with its team ({@link DemoTeam}). */
public final class DemoSite {
    public static final String NAME = "SVOM FSGS (demo)";
    public static final Duration REFRESH = Duration.ofSeconds(2);

    private DemoSite() {
    }

    /** A fresh world starting at {@code clock.instant()}, with its three environments and all their sources. */
    public static Site create(long seed, Clock clock, int scale) {
        return of(new DemoWorld(seed, clock, scale));
    }

    /** The site over an existing world, for callers (tests, benchmarks) that also want the world. */
    public static Site of(DemoWorld world) {
        List<EnvironmentSources> sources = new ArrayList<>();
        DemoLogStreams logs = new DemoLogStreams();
        for (Environment e : world.environments()) {
            DemoServiceSource services = e.id().equals(DemoEnvironments.PRODUCTION)
                    ? new DemoKubernetesSource(world, e.id(), logs) : new DemoServiceSource(world, e.id(), logs);
            sources.add(new EnvironmentSources(e,
                    Optional.of(new DemoCloudSource(world, e.id())),
                    Optional.of(services),
                    Optional.of(new DemoPipelineSource(world, e.id(), logs))));
        }
        // The demo's team: colleagues on other consoles open, acknowledge and close incidents; a problem that
        // clears closes its incident here too (close-on-clear), so the demo shows the whole round.
        return new Site(NAME, true, REFRESH, sources).withTeam(new Team(new DemoTeam(world), true));
    }
}
