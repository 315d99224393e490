package io.triptych.iac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Cancel is SIGINT, as Ctrl+C. A console started with SIGINT ignored (a background job of a script, nohup)
 * would hand that to the tools it runs: Ansible would then never stop on Cancel, only on SIGTERM after
 * the grace period. The tools must start with SIGINT at its default whatever the console inherited.
 */
class InterruptInheritanceTest {
    private static final long SIGINT_BIT = 1L << (2 - 1);

    @Test
    void aToolStartsWithSigintRestoredWhenTheConsoleInheritedItIgnored() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/self/status")), "needs Linux /proc to read signal masks");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // `trap '' INT` makes the shell ignore SIGINT; exec keeps that for the JVM, as nohup and `&` do.
        Process child = new ProcessBuilder("sh", "-c", "trap '' INT; exec \"$0\" -cp \"$1\" " + IgnoredInterruptProbe.class.getName(),
                java, System.getProperty("java.class.path")).redirectErrorStream(true).start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor()).as(out).isZero();

        String mask = out.lines().filter(l -> l.startsWith("SigIgn:")).findFirst().orElseThrow().substring(7).strip();
        assertThat(Long.parseUnsignedLong(mask, 16) & SIGINT_BIT).as("SigIgn " + mask).isZero();
    }
}
