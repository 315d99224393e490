package io.triptych.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.domain.Environment;
import io.triptych.domain.Server;
import io.triptych.source.CloudSource;
import io.triptych.source.EnvironmentSources;
import io.triptych.source.RequestCounting;
import io.triptych.source.Site;
import io.triptych.testing.MutableClock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The status bar's requests per minute come from the live layer, which samples the counting sources. */
class RequestRatesTest {
    private final MutableClock clock = new MutableClock();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final AtomicLong requests = new AtomicLong();

    private final class CountingCloud implements CloudSource, RequestCounting {
        @Override public List<Server> servers() { return List.of(); }
        @Override public List<io.triptych.domain.Volume> volumes() { return List.of(); }
        @Override public List<io.triptych.domain.SecurityGroup> securityGroups() { return List.of(); }
        @Override public long requestCount() { return requests.get(); }
    }

    private final LiveSite live = new LiveSite(new Site("s", false, Duration.ofSeconds(30), List.of(
            new EnvironmentSources(new Environment("prod", "Production", "#000000", true),
                    Optional.of(new CountingCloud()), Optional.empty(), Optional.empty()),
            new EnvironmentSources(new Environment("int", "Integration", "#000000", false),
                    Optional.empty(), Optional.empty(), Optional.empty()))),
            new LiveSettings(clock, Duration.ofSeconds(30), Duration.ofSeconds(40), Duration.ofMinutes(5)),
            scheduler, new ManualExecutor());

    @AfterEach
    void stop() {
        live.close();
        scheduler.shutdownNow();
    }

    @Test
    void requestsPerMinuteOfEachCountingEnvironment() {
        live.tick();
        assertThat(live.requests().perMinute()).containsExactly(java.util.Map.entry("prod", 0L));

        requests.addAndGet(30);
        clock.advanceSeconds(30);
        live.tick();
        assertThat(live.requests().perMinute()).containsEntry("prod", 60L).doesNotContainKey("int");

        requests.addAndGet(6);
        clock.advanceSeconds(1); // sampled every 5 s only: the figure stays
        live.tick();
        assertThat(live.requests().perMinute()).containsEntry("prod", 60L);
    }
}
