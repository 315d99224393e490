package io.triptych.bench;

import io.triptych.openstack.FakeOpenStack;
import io.triptych.openstack.FakeRequests;
import io.triptych.openstack.OpenStackCloudSource;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A full OpenStack refresh of three environments, as the live layer runs it: each environment's servers,
 * volumes and security groups on their own threads, all nine at once, against three {@link FakeOpenStack}s
 * that add a latency to every request. Prints per refresh the wall time, the longest chain of dependent
 * requests × latency (auth → pages in sequence; flavor/image lists run beside the server pages), the
 * ratio (target ≤ 1.3), the client's CPU time ("cpu": thread CPU of the nine calls, whatever else loads
 * the machine), the rest of this JVM's CPU ("rest": the fakes serving, look-up threads, GC, JIT) and the
 * requests per environment. Refresh 1 is cold (token, flavor and image
 * lists, class loading); the JIT compiles the parsing over the next few dozen (at a 15 s refresh, the
 * app's first 10–20 minutes); the median of the later ones is the steady state. Prints one line per refresh
 * with {@code --verbose}. The fakes run
 * in this JVM and answer from a cache, but still share the cores: run it on a quiet machine.
 *
 * <p>A command, not a test. Lines starting with {@code RESULT} are for scripts. Build, then run:
 * <pre>
 * mvn -q -B -o package -DskipTests
 * java -cp 'target/test-classes:target/classes:target/lib/*' io.triptych.bench.OpenStackRefreshBench \
 *     [--servers 300] [--volumes 400] [--groups 20] [--latency-ms 100] [--refreshes 120] [--warm-after 80] [--verbose]
 * </pre>
 */
public final class OpenStackRefreshBench {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final String[] KINDS = {"/auth/tokens", "/servers/detail", "/volumes/detail", "/security-groups",
        "/flavors/detail", "/v2/images"};

    public static void main(String[] args) throws Exception {
        int servers = intArg(args, "--servers", 300);
        int volumes = intArg(args, "--volumes", 400);
        int groups = intArg(args, "--groups", 20);
        long latency = intArg(args, "--latency-ms", 100);
        boolean verbose = java.util.Arrays.asList(args).contains("--verbose");
        int refreshes = intArg(args, "--refreshes", 120);
        int warm = intArg(args, "--warm-after", 80); // refreshes before the JIT has compiled the parsing
        System.out.printf("3 environments × (%d servers, %d volumes, %d groups), %d ms per request%n",
                servers, volumes, groups, latency);
        List<FakeOpenStack> clouds = new ArrayList<>();
        List<OpenStackCloudSource> sources = new ArrayList<>();
        ExecutorService workers = Executors.newCachedThreadPool();
        try {
            for (int i = 0; i < 3; i++) {
                FakeOpenStack cloud = FakeOpenStack.sized(servers, volumes, groups, Duration.ofMillis(latency));
                clouds.add(cloud);
                sources.add(new OpenStackCloudSource(cloud.credentials().build()));
            }
            System.out.println("refresh  wall ms  chain  chain ms  ratio  cpu ms  rest ms  requests/env (auth servers "
                    + "volumes groups flavors images)");
            List<Long> warmingWalls = new ArrayList<>();
            List<Long> steadyWalls = new ArrayList<>();
            List<Long> steadyCpu = new ArrayList<>();
            long steadyChain = 0;
            for (int r = 1; r <= refreshes; r++) {
                clouds.forEach(c -> c.requests().clear());
                AtomicLong cpu = new AtomicLong();
                long processBefore = PROCESS.getProcessCpuTime();
                long wall = refresh(sources, workers, cpu);
                long othersMs = (PROCESS.getProcessCpuTime() - processBefore - cpu.get()) / 1_000_000;
                int chain = 0;
                StringBuilder perEnv = new StringBuilder();
                for (FakeOpenStack c : clouds) {
                    FakeRequests q = c.requests();
                    int longestList = 0;
                    for (int k = 1; k < KINDS.length; k++) {
                        longestList = Math.max(longestList, q.count(KINDS[k]));
                    }
                    chain = Math.max(chain, q.count(KINDS[0]) + longestList);
                    perEnv.append(String.format(" %2d (", q.total()));
                    for (String kind : KINDS) {
                        perEnv.append(q.count(kind)).append(kind.equals("/v2/images") ? ")" : " ");
                    }
                }
                double ratio = wall / (double) (chain * latency);
                long cpuMs = cpu.get() / 1_000_000;
                if (r <= 3 || r == warm || r == refreshes || verbose) {
                    System.out.printf(Locale.ROOT, "%7d  %7d  %5d  %8d  %5.2f  %6d  %7d %s%n", r, wall, chain,
                            chain * latency, ratio, cpuMs, othersMs, perEnv);
                }
                System.out.printf(Locale.ROOT, "RESULT openstack-refresh refresh=%d wall_ms=%d chain=%d ratio=%.2f "
                        + "cpu_ms=%d%n", r, wall, chain, ratio, cpuMs);
                if (r > 1 && r <= warm) {
                    warmingWalls.add(wall);
                }
                if (r > warm) {
                    steadyWalls.add(wall);
                    steadyCpu.add(cpuMs);
                    steadyChain = chain;
                }
            }
            if (!warmingWalls.isEmpty()) {
                long wall = median(warmingWalls);
                System.out.printf(Locale.ROOT, "warming (median of refreshes 2-%d): wall %d ms, ratio %.2f%n", warm, wall,
                        wall / (double) (steadyChain > 0 ? steadyChain * latency : latency));
            }
            if (!steadyWalls.isEmpty()) {
                long wall = median(steadyWalls);
                System.out.printf(Locale.ROOT, "steady state (median of refreshes %d-%d): wall %d ms, chain %d × %d ms, ratio %.2f, "
                        + "client CPU %d ms per refresh on %d cores%n", warm + 1, refreshes, wall, steadyChain, latency,
                        wall / (double) (steadyChain * latency), median(steadyCpu),
                        Runtime.getRuntime().availableProcessors());
            }
        } finally {
            sources.forEach(OpenStackCloudSource::close);
            clouds.forEach(FakeOpenStack::close);
            workers.shutdownNow();
        }
    }

    /** All nine lists at once; returns the wall time in ms. Failures are printed, not hidden. */
    private static long refresh(List<OpenStackCloudSource> sources, ExecutorService workers, AtomicLong cpu)
            throws Exception {
        List<Callable<Integer>> calls = new ArrayList<>();
        for (OpenStackCloudSource s : sources) {
            calls.add(timed(s::servers, cpu));
            calls.add(timed(s::volumes, cpu));
            calls.add(timed(s::securityGroups, cpu));
        }
        long start = System.nanoTime();
        List<Future<Integer>> done = workers.invokeAll(calls);
        long wall = (System.nanoTime() - start) / 1_000_000;
        for (Future<Integer> f : done) {
            try {
                f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                System.out.println("  failed: " + e.getCause().getMessage());
            }
        }
        return wall;
    }

    private static Callable<Integer> timed(Callable<List<?>> list, AtomicLong cpu) {
        return () -> {
            long start = THREADS.getCurrentThreadCpuTime();
            try {
                return list.call().size();
            } finally {
                cpu.addAndGet(THREADS.getCurrentThreadCpuTime() - start);
            }
        };
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
