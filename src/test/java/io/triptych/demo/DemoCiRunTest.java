package io.triptych.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.iac.CancelPolicy;
import io.triptych.iac.IacPaths;
import io.triptych.iac.IacTarget;
import io.triptych.iac.LaunchOptions;
import io.triptych.iac.RunAction;
import io.triptych.iac.RunEvent;
import io.triptych.iac.RunLauncher;
import io.triptych.iac.RunOutcome;
import io.triptych.iac.RunServices;
import io.triptych.iac.RunSession;
import io.triptych.iac.TerraformSteps;
import io.triptych.iac.ci.CiRuns;
import io.triptych.iac.ci.CiTiming;
import io.triptych.testing.Await;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's CI environment plays a whole plan (wait, log, report) and the apply of that plan's pipeline. */
class DemoCiRunTest {
    @TempDir
    Path tmp;

    @Test
    void aDemoCiPlanWaitsForItsResourceGroupThenShowsTheReportAndItsApplyPlays() throws Exception {
        DemoCiPipelines ci = new DemoCiPipelines(Clock.systemUTC(), 0.3);
        IacTarget target = new IacTarget("preproduction", Optional.empty(), Optional.empty(), Map.of(), List.of(),
                new DemoIacLauncher("preproduction", 0.01), null, Optional.of(new CiRuns("preproduction", ci,
                Map.of("TF_ENV", "preprod"), Map.of(), List.of(), new CiTiming(Duration.ofMillis(20),
                Duration.ofSeconds(10), Clock.systemUTC()))));
        RunLauncher launcher = new RunLauncher(RunServices.at(new IacPaths(tmp.resolve("d"), tmp.resolve("l")),
                Clock.systemUTC(), CancelPolicy.DEFAULT), Executors.newCachedThreadPool(), Map.of(), false);
        List<RunEvent> plan = new CopyOnWriteArrayList<>();
        RunSession session = launcher.launchPipeline(target, RunAction.PLAN, LaunchOptions.NONE, plan::add);
        RunOutcome o = Await.value("the plan's end", () -> outcome(plan), x -> x != null);

        assertThat(o.summary()).isEqualTo("1 to add, 2 to change, 1 to destroy");
        assertThat(plan).filteredOn(e -> e instanceof RunEvent.Notice).extracting(e -> ((RunEvent.Notice) e).text())
                .anyMatch(l -> l.startsWith("waiting for preprod — held by pipeline #48229 (Li Wei (DEMO), since"));
        // the job's sections reach the console, which folds them (the CLI leaves the markers out)
        assertThat(plan).filteredOn(e -> e instanceof RunEvent.Line).extracting(e -> ((RunEvent.Line) e).text())
                .anyMatch(l -> l.startsWith("section_start:"));
        List<RunEvent> apply = new CopyOnWriteArrayList<>();
        launcher.launchPipeline(target, RunAction.APPLY, LaunchOptions.apply(session.folder().orElseThrow()
                .resolve(TerraformSteps.PLAN_FILE)), apply::add);
        assertThat(Await.value("the apply's end", () -> outcome(apply), x -> x != null).status())
                .isEqualTo(RunOutcome.Status.SUCCEEDED);
        assertThat(ci.scheduled()).hasSize(1);
    }

    private static RunOutcome outcome(List<RunEvent> events) {
        return events.stream().filter(e -> e instanceof RunEvent.Finished).map(e -> ((RunEvent.Finished) e).outcome())
                .findFirst().orElse(null);
    }
}
