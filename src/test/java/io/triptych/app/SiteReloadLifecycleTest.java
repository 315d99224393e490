package io.triptych.app;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.triptych.config.SiteAssembler;
import io.triptych.config.SiteFileLocator;
import io.triptych.config.SiteFileReader;
import io.triptych.config.SiteLoader;
import io.triptych.config.clouds.CloudResolver;
import io.triptych.domain.EnvironmentSnapshot;
import io.triptych.domain.SectionKind;
import io.triptych.gitlab.FakeGitLab;
import io.triptych.openstack.FakeOpenStack;
import io.triptych.testing.OpenConnections;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site file reloaded 50 times, as the window does on each save: a new runtime starts on the reloaded site,
 * fetches, and the previous one is closed in the background. A site whose sources (OpenStack's HTTP client
 * and lookup pool, GitLab's client) outlive it would leave threads and open connections behind on each
 * reload; after the last runtime closes, both must be back where they were before the reloads.
 */
class SiteReloadLifecycleTest {
    private static final String TOKEN_ENV = "TRIPTYCH_RELOAD_TEST_TOKEN";
    private static final int RELOADS = 50;
    /** Threads a pool may keep idle for a while after its work ended (OkHttp's pool watcher, one at most). */
    private static final int IDLE_POOL_THREADS = 2;

    private final FakeOpenStack cloud = new FakeOpenStack();
    private final FakeGitLab gitlab = new FakeGitLab();

    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        cloud.close();
        gitlab.close();
    }

    @Test
    void reloadingTheSite50TimesLeavesNoThreadAndNoConnectionBehind() throws Exception {
        assumeTrue(OpenConnections.available(), "needs Linux's /proc/net/tcp to count connections");
        cloud.data().addServers(3);
        gitlab.data().addPipeline("svom/fsc/sdb-api", "develop", "success", "Corrige l'écho", "Hélène");
        SiteLoader loader = loader();
        int cloudPort = cloud.authUrl().getPort();
        int gitlabPort = gitlab.url().getPort();

        // One site first: what a process starts once for good (shared pools' watchers) is in the baseline.
        SiteRuntime first = started(loader);
        first.close();
        await("the first site's runtime threads to end", () -> threads().keySet().stream()
                .noneMatch(n -> n.startsWith("triptych-worker") || n.startsWith("triptych-scheduler")
                        || n.startsWith("triptych-close")), () -> threads().toString());
        Map<String, Integer> baseline = threads();
        int baselineCount = total(baseline);
        int baselineConnections = OpenConnections.to(cloudPort) + OpenConnections.to(gitlabPort);

        SiteRuntime current = null;
        for (int i = 0; i < RELOADS; i++) {
            SiteRuntime next = started(loader);
            if (current != null) {
                current.closeInBackground(); // as WindowSession does on a reload
            }
            current = next;
        }
        current.closeInBackground();

        await("threads back to the baseline " + baseline, () -> total(threads()) <= baselineCount + IDLE_POOL_THREADS,
                () -> threads().toString());
        await("connections to the fake servers closed", () -> OpenConnections.to(cloudPort)
                + OpenConnections.to(gitlabPort) <= baselineConnections,
                () -> "OpenStack " + OpenConnections.to(cloudPort) + ", GitLab " + OpenConnections.to(gitlabPort));
    }

    /** Loads the site file as a reload does and starts it; returns once every section has data. */
    private SiteRuntime started(SiteLoader loader) throws Exception {
        io.triptych.source.Site site = loader.load(Optional.empty()).site();
        SiteRuntime runtime = new SiteRuntime(site, RememberedState.forWindow(site.dataKey(),
                new io.triptych.iac.DriftStore(dir.resolve("drift.json")), RememberedState.stateLog(site.dataKey())));
        // as the window makes one
        runtime.live().start();
        await("every section fetched", () -> runtime.live().snapshot().environments().stream()
                .allMatch(SiteReloadLifecycleTest::fetched), () -> runtime.live().snapshot().toString());
        return runtime;
    }

    private static boolean fetched(EnvironmentSnapshot e) {
        return e.section(SectionKind.SERVERS).loaded() && e.section(SectionKind.VOLUMES).loaded()
                && e.section(SectionKind.SECURITY_GROUPS).loaded() && e.section(SectionKind.PIPELINES).loaded();
    }

    private SiteLoader loader() throws Exception {
        Files.writeString(dir.resolve("clouds.yaml"), "clouds:\n" + cloud.cloudsEntry("int"));
        Path site = dir.resolve("site.yaml");
        Files.writeString(site, """
                site: Reloaded
                refresh: 15s
                environments:
                  - id: integration
                    name: Integration
                    openstack: { cloud: int, clouds-file: ./clouds.yaml }
                    gitlab: { url: "%s", token-env: %s, projects: [svom/fsc/sdb-api], ref: develop }
                """.formatted(gitlab.url(), TOKEN_ENV));
        Map<String, String> env = Map.of(TOKEN_ENV, FakeGitLab.TOKEN, SiteFileLocator.ENV_VARIABLE, site.toString());
        return new SiteLoader(new SiteFileLocator(env, dir), SiteFileReader.forUser(CloudResolver.forSystem()),
                new SiteAssembler(new Adapters(CloudResolver.forSystem(), env::get)), () -> {
                    throw new AssertionError("the site file must be found");
                });
    }

    /** Live threads by name, numbers dropped ("triptych-worker-3" → "triptych-worker-"); the fakes' left out. */
    private static Map<String, Integer> threads() {
        Map<String, Integer> byName = new TreeMap<>();
        Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
                .map(t -> t.getName().replaceAll("\\d+", "#"))
                .filter(n -> !n.startsWith("fake-") && !n.startsWith("HTTP-Dispatcher"))
                .forEach(n -> byName.merge(n, 1, Integer::sum));
        return byName;
    }

    private static int total(Map<String, Integer> byName) {
        return byName.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static void await(String what, BooleanSupplier condition, Supplier<String> state) throws Exception {
        if (!io.triptych.testing.Await.poll(condition::getAsBoolean, ok -> ok, io.triptych.testing.Await.DEADLINE,
                java.time.Duration.ofMillis(20))) {
            throw new AssertionError("waited " + io.triptych.testing.Await.DEADLINE.toSeconds() + " s for " + what
                    + "; now: " + state.get());
        }
    }
}
