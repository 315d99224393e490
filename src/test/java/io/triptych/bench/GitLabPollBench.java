package io.triptych.bench;

import io.triptych.config.GitLabConfig;
import io.triptych.domain.Pipeline;
import io.triptych.gitlab.FakeGitLab;
import io.triptych.gitlab.FakeGitLabData;
import io.triptych.gitlab.GitLabPipelineSource;
import io.triptych.gitlab.RateLimits;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * GitLab polling cost: N projects × 3 environments (refs develop, release, main) against one {@link FakeGitLab}
 * (one server, as a site has) that adds a latency to every request. Each refresh runs the three environments'
 * pipeline fetches at once, as the live layer does. Prints per refresh the requests the server received (list,
 * single pipeline, jobs) and the wall time; then the cold refresh, the refreshes that fill the cache (a few
 * pipelines per project are read in detail per refresh), the steady state with no change, and a
 * steady state where {@code --churn} pipelines per environment change status each period (running pipelines),
 * as requests per minute at the given refresh period, and the client threads' CPU time (which, unlike the wall
 * time, does not grow with the machine's load).
 *
 * <p>A command, not a test. Lines starting with {@code RESULT} are for scripts. Build, then run:
 * <pre>
 * mvn -q -B -o test-compile
 * java -cp 'target/test-classes:target/classes:target/lib/*' io.triptych.bench.GitLabPollBench \
 *     [--projects 30] [--pipelines 10] [--jobs 8] [--latency-ms 50] [--refreshes 10] [--churn 2] [--refresh-s 15]
 * </pre>
 */
public final class GitLabPollBench {
    private static final String[] REFS = {"develop", "release", "main"};

    public static void main(String[] args) throws Exception {
        int projects = intArg(args, "--projects", 30);
        int perRef = intArg(args, "--pipelines", 10);
        int jobs = intArg(args, "--jobs", 8);
        int latency = intArg(args, "--latency-ms", 50);
        int refreshes = intArg(args, "--refreshes", 10);
        int churn = intArg(args, "--churn", 2);
        int period = intArg(args, "--refresh-s", 15);
        System.out.printf("%d projects × 3 environments (refs %s), %d pipelines per ref, %d jobs each, %d ms per request,"
                + " refresh every %d s%n", projects, String.join("/", REFS), perRef, jobs, latency, period);
        ExecutorService workers = Executors.newCachedThreadPool();
        try (FakeGitLab gitlab = new FakeGitLab()) {
            FakeGitLabData data = gitlab.data();
            List<String> paths = new ArrayList<>();
            List<List<Long>> byEnv = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            for (int p = 0; p < projects; p++) {
                String path = "svom/fsc/service-" + p;
                paths.add(path);
                for (int i = 0; i < perRef; i++) {
                    for (int e = 0; e < REFS.length; e++) {
                        long id = data.addPipeline(path, REFS[e], "success", "Commit " + i, "Dev " + p);
                        for (int j = 0; j < jobs; j++) {
                            data.addJob(path, id, "job-" + j, "stage-" + j / 3, "success");
                        }
                        byEnv.get(e).add(id);
                    }
                }
            }
            gitlab.latency(Duration.ofMillis(latency));
            RateLimits limits = new RateLimits();
            List<GitLabPipelineSource> sources = new ArrayList<>();
            for (String ref : REFS) {
                GitLabConfig config = new GitLabConfig(gitlab.url(), "GITLAB_TOKEN", paths, Optional.of(ref), perRef,
                        Optional.empty());
                sources.add(new GitLabPipelineSource(config, Map.of("GITLAB_TOKEN", FakeGitLab.TOKEN)::get, limits));
            }
            System.out.println("refresh  phase    wall ms  cpu ms  requests  (list / pipeline / jobs)  pipelines");
            long[] cold = refresh(1, "cold", gitlab, sources, workers);
            // The first refreshes read a few pipelines per project in detail each, until every one is cached.
            List<long[]> fill = new ArrayList<>();
            int r = 2;
            long[] last = cold;
            while (last[1] > last[2] && r < 50) {
                last = refresh(r++, "fill", gitlab, sources, workers);
                fill.add(last);
            }
            System.out.printf(Locale.ROOT, "every pipeline read in detail after %d refreshes%n", r - 1);
            System.out.printf(Locale.ROOT, "RESULT gitlab.fill.refreshes %d%n", r - 1);
            List<long[]> steady = new ArrayList<>();
            for (int end = r + refreshes; r < end; r++) {
                steady.add(refresh(r, "steady", gitlab, sources, workers));
            }
            Random random = new Random(7);
            List<long[]> churned = new ArrayList<>();
            for (int end = r + refreshes; r < end; r++) {
                for (int e = 0; e < REFS.length; e++) {
                    for (int c = 0; c < churn; c++) {
                        List<Long> ids = byEnv.get(e);
                        long id = ids.get(random.nextInt(ids.size()));
                        String project = paths.get((int) ((id - 48201) / (perRef * REFS.length)));
                        data.setPipelineStatus(project, id, r % 2 == 0 ? "running" : "success");
                    }
                }
                churned.add(refresh(r, "churn", gitlab, sources, workers));
            }
            report("cold", List.of(cold), period);
            report("fill", fill, period);
            report("steady", steady, period);
            report("churn", churned, period);
            sources.forEach(GitLabPipelineSource::close);
        } finally {
            workers.shutdownNow();
        }
    }

    /** One refresh of the three environments at once: {wall ms, requests, lists, pipelines, jobs}. */
    private static long[] refresh(int n, String phase, FakeGitLab gitlab, List<GitLabPipelineSource> sources,
                                  ExecutorService workers) throws Exception {
        gitlab.clearRequests();
        List<Callable<List<Pipeline>>> calls = new ArrayList<>();
        java.util.concurrent.atomic.AtomicLong cpu = new java.util.concurrent.atomic.AtomicLong();
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        sources.forEach(s -> calls.add(() -> {
            long before = threads.getCurrentThreadCpuTime();
            try {
                return s.pipelines();
            } finally {
                cpu.addAndGet(threads.getCurrentThreadCpuTime() - before);
            }
        }));
        long start = System.nanoTime();
        List<Future<List<Pipeline>>> done = workers.invokeAll(calls);
        long wall = (System.nanoTime() - start) / 1_000_000;
        int count = 0;
        for (Future<List<Pipeline>> f : done) {
            try {
                count += f.get().size();
            } catch (java.util.concurrent.ExecutionException e) {
                System.out.println("  failed: " + e.getCause().getMessage());
            }
        }
        long lists = gitlab.requests().stream().filter(r -> r.path().endsWith("/pipelines")).count();
        long jobs = gitlab.requests().stream().filter(r -> r.path().endsWith("/jobs")).count();
        long total = gitlab.requests().size();
        long single = total - lists - jobs;
        long cpuMs = cpu.get() / 1_000_000;
        System.out.printf(Locale.ROOT, "%7d  %-6s  %7d  %6d  %8d  (%d / %d / %d)  %d%n", n, phase, wall, cpuMs, total,
                lists, single, jobs, count);
        System.out.printf(Locale.ROOT, "RESULT gitlab.refresh n=%d phase=%s wall_ms=%d requests=%d%n", n, phase, wall,
                total);
        return new long[] {wall, total, lists, single, jobs, cpuMs};
    }

    private static void report(String phase, List<long[]> runs, int period) {
        List<Long> walls = new ArrayList<>();
        List<Long> requests = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        runs.forEach(r -> {
            walls.add(r[0]);
            requests.add(r[1]);
            cpu.add(r[5]);
        });
        long wall = median(walls);
        double perRefresh = requests.stream().mapToLong(Long::longValue).average().orElse(0);
        double perMinute = perRefresh * 60.0 / period;
        System.out.printf(Locale.ROOT, "%-6s: %.1f requests per refresh (3 environments), %.0f requests/min at a %d s"
                + " refresh, refresh wall time median %d ms (max %d ms), client CPU median %d ms%n", phase, perRefresh,
                perMinute, period, wall, walls.stream().mapToLong(Long::longValue).max().orElse(0), median(cpu));
        System.out.printf(Locale.ROOT, "RESULT gitlab.%s.requests_per_refresh %.1f%n", phase, perRefresh);
        System.out.printf(Locale.ROOT, "RESULT gitlab.%s.requests_per_min %.0f%n", phase, perMinute);
        System.out.printf(Locale.ROOT, "RESULT gitlab.%s.wall_ms %d%n", phase, wall);
        System.out.printf(Locale.ROOT, "RESULT gitlab.%s.cpu_ms %d%n", phase, median(cpu));
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }

    private static int intArg(String[] args, String name, int fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
    }
}
