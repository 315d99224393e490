package io.triptych.iac;

import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.iac.plan.AnsibleDiffs;
import io.triptych.iac.plan.HostDiff;
import io.triptych.testing.RealAnsible;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real ansible-playbook's {@code --check --diff} output, read back per task and host. */
class AnsibleDiffRunTest {
    @TempDir
    Path tmp;
    StandIns world;
    Path playbooks;

    @BeforeEach
    void setUp() throws Exception {
        RealAnsible.assumeInstalled();
        world = new StandIns(tmp);
        playbooks = RealAnsible.playbooks(tmp, "twins.ini", "diffs.yml");
        for (String host : List.of("web-a", "web-b")) {
            Files.writeString(tmp.resolve(host + ".conf"), "listen=8080\nworkers=2\nlog=info\n");
        }
    }

    @Test
    void aCheckWithDiffGivesEachTaskAndHostItsOwnDiff() throws Exception {
        RunProbe probe = new RunProbe();
        world.launcher(System.getenv()).launch(world.ansible(playbooks, "twins.ini", "diffs.yml",
                Map.of("MARKER_DIR", tmp.toString())), RunAction.CHECK, LaunchOptions.NONE, probe);
        probe.awaitEnd();
        assertThat(Files.readString(tmp.resolve("web-a.conf"))).contains("log=info"); // a check changes nothing

        AnsibleDiffs reader = new AnsibleDiffs();
        List<HostDiff> diffs = new ArrayList<>();
        probe.all(RunEvent.Line.class).forEach(l -> reader.accept(l.text()).ifPresent(diffs::add));

        assertThat(diffs).extracting(d -> d.task() + " @ " + d.host() + " " + d.status()).containsExactlyInAnyOrder(
                "write the app config @ web-a changed", "write the app config @ web-b changed",
                "set the log level @ web-a changed", "set the log level @ web-b changed");
        HostDiff configA = diffs.stream().filter(d -> d.task().equals("write the app config")
                && d.host().equals("web-a")).findFirst().orElseThrow();
        assertThat(configA.lines().get(0)).isEqualTo("--- before: " + tmp.resolve("web-a.conf"));
        assertThat(configA.lines()).contains("-workers=2", "+workers=4", "-log=info").doesNotContain("")
                .noneMatch(l -> l.contains("\u001B["));
        assertThat(configA.added()).isEqualTo(1);
        assertThat(configA.removed()).isEqualTo(2);
        HostDiff configB = diffs.stream().filter(d -> d.task().equals("write the app config")
                && d.host().equals("web-b")).findFirst().orElseThrow();
        assertThat(configB.lines()).doesNotContain("+workers=4");
        assertThat(diffs).noneMatch(d -> d.task().equals("say hello"));
    }
}
