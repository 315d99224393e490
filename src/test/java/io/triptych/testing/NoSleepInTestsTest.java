package io.triptych.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Tests wait for conditions ({@link Await}, latches), never for the clock: a sleep that "should be enough" is
 * what fails on a loaded machine. Allowed only where sleeping is the behaviour: the poll inside {@link Await},
 * stand-in servers that play a slow network, and the benchmarks (which pace a load on purpose; not run here).
 */
class NoSleepInTestsTest {
    private static final Path TESTS = Path.of("src", "test", "java");
    private static final Pattern SLEEP = Pattern.compile("\\b(Thread|WaitForAsyncUtils|TimeUnit\\.[A-Z]+)\\s*\\.\\s*sleep\\s*\\(");
    private static final Set<String> ALLOWED = Set.of(
            "io/triptych/testing/Await.java",        // the one poll
            "io/triptych/openstack/FakeHandler.java", // a cloud's latency, as tests set it
            "io/triptych/gitlab/FakeGitLab.java",     // the same for GitLab
            "io/triptych/testing/NoSleepInTestsTest.java"); // its examples of what it refuses
    private static final String BENCHMARKS = "io/triptych/bench/";

    @Test
    void noTestSleepsToWait() throws IOException {
        assertThat(TESTS.resolve("io/triptych/testing/Await.java")).as("run from the project folder").exists();
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TESTS)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String name = TESTS.relativize(f).toString().replace('\\', '/');
                if (ALLOWED.contains(name) || name.startsWith(BENCHMARKS)) {
                    continue;
                }
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    if (SLEEP.matcher(lines.get(i)).find()) {
                        found.add(name + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertThat(found).as("sleeps in tests: wait with io.triptych.testing.Await or a latch instead").isEmpty();
    }

    @Test
    void theRuleSeesASleep() {
        assertThat(SLEEP.matcher("        Thread.sleep(200); // four poll periods").find()).isTrue();
        assertThat(SLEEP.matcher("WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);").find()).isTrue();
        assertThat(SLEEP.matcher("TimeUnit.SECONDS.sleep(1);").find()).isTrue();
        assertThat(SLEEP.matcher("Await.until(\"ready\", () -> ready);").find()).isFalse();
    }
}
