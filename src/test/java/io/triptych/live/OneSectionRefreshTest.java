package io.triptych.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.domain.Environment;
import io.triptych.domain.Pipeline;
import io.triptych.domain.SectionKind;
import io.triptych.domain.Service;
import io.triptych.domain.ServiceKind;
import io.triptych.source.EnvironmentSources;
import io.triptych.source.PipelineSource;
import io.triptych.source.ServiceSource;
import io.triptych.source.Site;
import io.triptych.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A pipeline the user watches is fetched again at once; the environment's other sections keep their pace. */
class OneSectionRefreshTest {
    private final MutableClock clock = new MutableClock();
    private final ManualExecutor workers = new ManualExecutor();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final AtomicInteger pipelineCalls = new AtomicInteger();
    private final AtomicInteger serviceCalls = new AtomicInteger();
    private final PipelineSource pipelines = () -> {
        pipelineCalls.incrementAndGet();
        return List.of(new Pipeline("group/api", 7, "main", "running", Instant.EPOCH, "", "", "", "", "", null,
                List.of()));
    };
    private final ServiceSource services = () -> {
        serviceCalls.incrementAndGet();
        return List.of(new Service("web", ServiceKind.SWARM, "int", "web:1", 1, 1, List.of()));
    };
    private final LiveSite live = new LiveSite(new Site("s", false, Duration.ofSeconds(30), List.of(
            new EnvironmentSources(new Environment("int", "Int", "#000000", false), Optional.empty(),
                    Optional.of(services), Optional.of(pipelines)))),
            new LiveSettings(clock, Duration.ofSeconds(30), Duration.ofSeconds(10), Duration.ofMinutes(5)),
            scheduler, workers);

    @AfterEach
    void stop() {
        live.close();
        scheduler.shutdownNow();
    }

    @Test
    void onlyTheAskedSectionIsFetchedBeforeItsPeriod() {
        live.tick();
        workers.runAll();
        assertThat(pipelineCalls).hasValue(1);
        assertThat(serviceCalls).hasValue(1);

        live.refreshSoon("int", SectionKind.PIPELINES);
        clock.advance(Duration.ofMillis(250));
        live.tick();
        workers.runAll();

        assertThat(pipelineCalls).hasValue(2);
        assertThat(serviceCalls).hasValue(1);
    }
}
