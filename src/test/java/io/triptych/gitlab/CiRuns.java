package io.triptych.gitlab;

import io.triptych.config.GitLabConfig;
import io.triptych.config.IacGitLabConfig;
import io.triptych.iac.CancelPolicy;
import io.triptych.iac.IacPaths;
import io.triptych.iac.IacTarget;
import io.triptych.iac.RunEvent;
import io.triptych.iac.RunLauncher;
import io.triptych.iac.RunOutcome;
import io.triptych.iac.RunServices;
import io.triptych.iac.ci.CiTiming;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/** A CI-backed environment on a {@link FakeGitLab}: project svom/infra on main, TF_ENV=preprod, quick polling. */
final class CiRuns {
    static final String INFRA = "svom/infra";
    static final String SECRET = "cloud-Pa55w0rd-xyz";

    final FakeGitLab gitlab;
    final IacPaths paths;
    final RunLauncher launcher;
    final IacTarget target;

    CiRuns(FakeGitLab gitlab, Path tmp) {
        this.gitlab = gitlab;
        gitlab.data().addProject(INFRA);
        GitLabConfig env = gitlab.config("main", 10, "svom/app");
        IacGitLabConfig config = new IacGitLabConfig(env, INFRA, "main", Map.of("TF_ENV", "preprod"), Map.of());
        GitLabCiPipelines ci = new GitLabCiPipelines(config, Sources.ENV::get, new RateLimits(), Sources.quick());
        this.paths = new IacPaths(tmp.resolve("data"), tmp.resolve("locks"));
        this.launcher = new RunLauncher(RunServices.at(paths, Clock.systemUTC(), new CancelPolicy(Duration.ofSeconds(5),
                Duration.ofSeconds(2))), Executors.newCachedThreadPool(), Map.of(), false);
        this.target = new IacTarget("preproduction", Optional.empty(), Optional.empty(), Map.of(), List.of(SECRET),
                (c, w, e) -> {
                    throw new IllegalStateException("no local process in a CI run");
                }, null, Optional.of(new io.triptych.iac.ci.CiRuns("preproduction", ci, config.variables(),
                config.jobs(), List.of(SECRET), new CiTiming(Duration.ofMillis(30), Duration.ofSeconds(20),
                Clock.systemUTC()))));
    }

    /** A listener that keeps every event, thread-safe. */
    static final class Events implements io.triptych.iac.RunListener {
        final List<RunEvent> all = new CopyOnWriteArrayList<>();

        @Override
        public void onEvent(RunEvent event) {
            all.add(event);
        }

        Optional<RunOutcome> outcome() {
            return all.stream().filter(e -> e instanceof RunEvent.Finished).map(e -> ((RunEvent.Finished) e).outcome())
                    .findFirst();
        }

        /** The lines shown: the tool's, and the run's own notices in English. */
        List<String> lines() {
            return all.stream().filter(e -> e instanceof RunEvent.Line || e instanceof RunEvent.Notice)
                    .map(e -> e instanceof RunEvent.Line ? ((RunEvent.Line) e).text() : ((RunEvent.Notice) e).text())
                    .toList();
        }

        List<RunEvent.Notice> notices() {
            return all.stream().filter(e -> e instanceof RunEvent.Notice).map(e -> (RunEvent.Notice) e).toList();
        }
    }
}
