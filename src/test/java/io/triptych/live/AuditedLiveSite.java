package io.triptych.live;

import io.triptych.testing.FakeSite;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;

/**
 * A live site on {@link FakeSite} whose commands run on the calling thread and whose audit lines ("ENV COMMAND
 * OUTCOME") and outcomes are collected for the test to read (thread-safe lists); closed after each test.
 */
abstract class AuditedLiveSite {
    protected final FakeSite fake = new FakeSite();
    protected final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    protected final List<String> audit = new CopyOnWriteArrayList<>();
    protected final List<LiveCommands.Outcome> outcomes = new CopyOnWriteArrayList<>();
    protected final LiveSite live = new LiveSite(fake.site(), LiveSettings.of(Duration.ofSeconds(30)), scheduler,
            Runnable::run, new SiteState(null, env -> java.util.Optional.empty(), "alice",
                    (at, env, command, outcome) -> audit.add(env + " " + command + " " + outcome)));

    @AfterEach
    void stopLiveSite() {
        live.close();
        scheduler.shutdownNow();
    }
}
