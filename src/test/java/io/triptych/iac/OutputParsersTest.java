package io.triptych.iac;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Parsers on recorded lines: Ansible's recap (colours are logs.AnsiParser's, tested there). */
class OutputParsersTest {

    @Test
    void aColouredRecapLineGivesEveryCounterOfItsHost() {
        List<RunEvent> events = AnsibleLines.parse("\u001B[0;31mweb-01\u001B[0m : \u001B[0;32mok=5\u001B[0m"
                + "    \u001B[0;33mchanged=2\u001B[0m    unreachable=0    \u001B[0;31mfailed=1\u001B[0m"
                + "    skipped=3    rescued=0    ignored=4");

        assertThat(events.get(0)).isEqualTo(new RunEvent.HostRecap("web-01", 5, 2, 0, 1, 3, 0, 4));
    }

    @Test
    void anOldRecapWithoutTheLaterCountersStillParses() {
        assertThat(AnsibleLines.parse("db-01 : ok=1 changed=0 unreachable=1 failed=0").get(0))
                .isEqualTo(new RunEvent.HostRecap("db-01", 1, 0, 1, 0, 0, 0, 0));
    }

    @Test
    void taskHeadersAreProgressAndFatalLinesAreErrors() {
        assertThat(AnsibleLines.parse("TASK [nginx : install] *****").get(0))
                .isEqualTo(new RunEvent.Progress("TASK [nginx : install]"));
        assertThat(AnsibleLines.parse("fatal: [web-01]: FAILED! => {}").get(0))
                .isEqualTo(new RunEvent.Line("fatal: [web-01]: FAILED! => {}", RunEvent.Level.ERROR));
    }

    @Test
    void aLineThatIsNotJsonIsShownAsItIs() {
        assertThat(TerraformLines.parse("provider: something odd")).containsExactly(
                new RunEvent.Line("provider: something odd", RunEvent.Level.NORMAL));
    }
}
