package io.triptych.iac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One run per environment, in this console and across consoles (processes) on the machine. */
class RunLockTest {
    @TempDir
    Path tmp;

    @Test
    void aSecondLaunchOnABusyEnvironmentIsRefusedSayingWhoAndWhatHoldsIt() throws Exception {
        StandIns world = new StandIns(tmp);
        RunProbe first = new RunProbe();
        RunSession running = world.launcher(Map.of()).launch(world.terraform(Map.of("FAKE_TF_SLOW", "1"), List.of()),
                RunAction.PLAN, LaunchOptions.NONE, first);
        first.awaitProgress();

        RunProbe second = new RunProbe();
        world.launcher(Map.of()).launch(world.terraform(Map.of(), List.of()), RunAction.DRIFT, LaunchOptions.NONE,
                second);
        second.awaitEnd();

        assertThat(second.all(RunEvent.Refused.class)).singleElement().satisfies(r -> assertThat(r.reason())
                .contains(Who.userAtHost()).contains("pid " + Who.pid()).contains("terraform plan"));
        assertThat(second.all(RunEvent.Finished.class)).isEmpty();
        running.cancel();
        first.awaitEnd();
        RunProbe third = new RunProbe();
        world.launcher(Map.of()).launch(world.terraform(Map.of(), List.of()), RunAction.DRIFT, LaunchOptions.NONE,
                third);
        assertThat(third.awaitEnd().all(RunEvent.Refused.class)).isEmpty();
    }

    @Test
    void aLockHeldByAnotherProcessRefusesUntilThatProcessEnds() throws Exception {
        Path locks = tmp.resolve("locks");
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(), locks.toString(),
                "production").redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(other.getInputStream(),
                    StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("held");

            EnvironmentLocks here = new EnvironmentLocks(locks);
            assertThatThrownBy(() -> here.acquire("production", "me")).isInstanceOf(EnvironmentLocks.Busy.class)
                    .hasMessageContaining("ops@other-console").hasMessageContaining("terraform apply");

            other.destroyForcibly(); // a crash: the OS releases the lock
            other.waitFor(60, TimeUnit.SECONDS);
            try (EnvironmentLocks.Held held = here.acquire("production", "me")) {
                assertThat(held).isNotNull();
            }
        } finally {
            other.destroyForcibly();
        }
    }

    /** Closing any descriptor of the lock file drops the process's POSIX lock: a refusal must not do that. */
    @Test
    void aRefusalInTheHoldingProcessKeepsTheLockForEveryOtherProcess() throws Exception {
        Path locks = tmp.resolve("locks");
        Process a = java(LockHolder.class.getName(), locks.toString(), "production");
        try {
            BufferedReader aOut = new BufferedReader(new InputStreamReader(a.getInputStream(), StandardCharsets.UTF_8));
            java.io.Writer aIn = new java.io.OutputStreamWriter(a.getOutputStream(), StandardCharsets.UTF_8);
            assertThat(aOut.readLine()).isEqualTo("held");

            aIn.write("again\n");
            aIn.flush();
            assertThat(aOut.readLine()).startsWith("refused: ").contains("ops@other-console");

            Process b = java(LockHolder.class.getName(), locks.toString(), "production", "probe");
            String bSays = new BufferedReader(new InputStreamReader(b.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            assertThat(b.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(bSays).startsWith("refused: ").contains("terraform apply");
        } finally {
            a.destroyForcibly();
        }
    }

    private static Process java(String... args) throws java.io.IOException {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin",
                "java").toString(), "-cp", System.getProperty("java.class.path")));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }
}
