package io.triptych.iac;

import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.testing.RealAnsible;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import io.triptych.testing.Await;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real ansible-playbook on this machine ({@code connection: local}). Skipped where it is not installed,
 * unless TRIPTYCH_REQUIRE_ANSIBLE=1 (CI), where its absence fails.
 */
class AnsibleRunTest {
    @TempDir
    Path tmp;
    StandIns world;
    Path playbooks;

    @BeforeEach
    void setUp() throws IOException {
        RealAnsible.assumeInstalled();
        world = new StandIns(tmp);
        playbooks = RealAnsible.playbooks(tmp, "inventory.ini", "site.yml", "failing.yml", "ghosts.yml", "sleeping.yml");
    }

    private RunProbe run(String playbook, RunAction action, LaunchOptions options) throws Exception {
        RunProbe probe = new RunProbe();
        world.launcher(System.getenv()).launch(world.ansible(playbooks, "inventory.ini", playbook,
                Map.of("MARKER_DIR", tmp.toString())), action, options, probe);
        return probe.awaitEnd();
    }

    @Test
    void aCheckChangesNothingThenARunChangesTheHostAndTheRecapSaysSo() throws Exception {
        RunProbe check = run("site.yml", RunAction.CHECK, LaunchOptions.ansible("local", ""));
        assertThat(tmp.resolve("marker.txt")).doesNotExist();
        assertThat(check.all(RunEvent.StepStarted.class).get(0).commandLine()).contains("--check --diff --limit local");
        assertThat(check.all(RunEvent.HostRecap.class)).singleElement().satisfies(h -> {
            assertThat(h.host()).isEqualTo("web-local");
            assertThat(h.changed()).isEqualTo(1);
        });

        RunProbe run = run("site.yml", RunAction.RUN, LaunchOptions.ansible("local", ""));

        assertThat(tmp.resolve("marker.txt")).hasContent("configured");
        RunEvent.HostRecap host = run.all(RunEvent.HostRecap.class).get(0);
        assertThat(host.ok()).isEqualTo(2);
        assertThat(host.changed()).isEqualTo(1);
        assertThat(run.all(RunEvent.Progress.class)).extracting(RunEvent.Progress::text)
                .contains("TASK [write the marker file]");
        assertThat(run.outcome().status()).isEqualTo(RunOutcome.Status.SUCCEEDED);
        assertThat(run.all(RunEvent.Line.class)).anyMatch(l -> l.text().contains("\u001B[")); // colours kept
    }

    @Test
    void aFailingTaskFailsTheRunAndItsHostComesFirst() throws Exception {
        RunProbe probe = run("failing.yml", RunAction.RUN, LaunchOptions.ansible("", ""));

        assertThat(probe.outcome().status()).isEqualTo(RunOutcome.Status.FAILED);
        assertThat(probe.outcome().exitCode()).isNotZero();
        RunEvent.HostRecap host = probe.all(RunEvent.HostRecap.class).get(0);
        assertThat(host.failed()).isEqualTo(1);
        assertThat(probe.all(RunEvent.Line.class)).anyMatch(l -> l.level() == RunEvent.Level.ERROR
                && l.text().contains("fatal"));
    }

    @Test
    void aHostWhoseNameDoesNotResolveIsUnreachableAndListedFirst() throws Exception {
        RunProbe probe = run("ghosts.yml", RunAction.RUN, LaunchOptions.ansible("", ""));

        List<RunEvent.HostRecap> sorted = probe.all(RunEvent.HostRecap.class).stream()
                .sorted(RunEvent.HostRecap.BAD_FIRST).collect(Collectors.toList());
        assertThat(sorted).extracting(RunEvent.HostRecap::host).containsExactly("ghost.invalid", "web-local");
        assertThat(sorted.get(0).unreachable()).isEqualTo(1);
        assertThat(probe.outcome().exitCode()).isNotZero();
    }

    @Test
    void cancelStopsALongTaskWithinTheGracePeriodAndFreesTheEnvironment() throws Exception {
        RunProbe probe = new RunProbe();
        RunSession session = world.launcher(System.getenv()).launch(world.ansible(playbooks, "inventory.ini",
                "sleeping.yml", Map.of()), RunAction.RUN, LaunchOptions.ansible("", ""), probe);
        Await.until("the long task started", () -> probe.all(RunEvent.Progress.class).stream()
                .anyMatch(p -> p.text().contains("sleep a while")));

        session.cancel();
        probe.awaitEnd(); // the task sleeps an hour: only the cancel can end the run within the wait

        assertThat(probe.outcome().status()).isEqualTo(RunOutcome.Status.CANCELLED);
        try (EnvironmentLocks.Held held = world.services.locks().acquire("integration", "test")) {
            assertThat(held).isNotNull();
        }
    }
}
