package io.triptych.bench;

import com.github.dockerjava.transport.DockerHttpClient;
import io.triptych.config.SwarmConfig;
import io.triptych.domain.Service;
import io.triptych.swarm.SwarmServiceSource;
import io.triptych.testing.docker.PrivateDockerd;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Refresh cost of the Swarm adapter on a private engine with N services of one replica each (a task list as
 * long as the service list, as on a real site; the tasks sleep, so the machine stays quiet): wall time of
 * services() (p50/p95 over repeated calls) and HTTP requests per refresh, counted on the transport.
 * <pre>java -cp … io.triptych.bench.SwarmRefreshBench [--services 200] [--refreshes 60]</pre>
 * Prints "RESULT key value" lines for bench/run.sh. Needs root and dockerd (see PrivateDockerd).
 */
public final class SwarmRefreshBench {
    /** Counts the requests going through the API transport. */
    static final class Counting implements DockerHttpClient {
        final DockerHttpClient inner;
        final AtomicLong requests = new AtomicLong();

        Counting(DockerHttpClient inner) {
            this.inner = inner;
        }

        @Override public Response execute(Request request) {
            requests.incrementAndGet();
            return inner.execute(request);
        }

        @Override public void close() throws IOException {
            inner.close();
        }
    }

    public static void main(String[] args) throws Exception {
        List<String> a = Arrays.asList(args);
        int count = intArg(a, "--services", 200);
        int refreshes = intArg(a, "--refreshes", 60);
        long t0 = System.nanoTime();
        PrivateDockerd engine = PrivateDockerd.shared();
        System.out.printf("engine up in %d ms at %s%n", ms(t0), engine.host());
        long t1 = System.nanoTime();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            // TERM reaches a shell waiting on "wait", not one blocked in a foreground sleep: quick teardown.
            names.add(engine.service(String.format("bench-%03d", i), "while :; do sleep 3600 & wait; done",
                    "--label", "com.docker.stack.namespace=bench" + (i % 4)));
        }
        System.out.printf("%d services created in %d ms%n", count, ms(t1));
        Counting[] counter = new Counting[1];
        SwarmServiceSource source = new SwarmServiceSource(new SwarmConfig(Optional.of(engine.host()), false,
                Optional.empty(), List.of()), http -> counter[0] = new Counting(http));
        long t2 = System.nanoTime();
        long cold = System.nanoTime();
        List<Service> services = source.services();
        long coldMs = ms(cold);
        long coldRequests = counter[0].requests.get();
        while (services.stream().mapToInt(Service::running).sum() < count && ms(t2) < 600_000) {
            Thread.sleep(2000);
            services = source.services();
        }
        int running = services.stream().mapToInt(Service::running).sum();
        System.out.printf("%d of %d tasks running after %d ms%n", running, count, ms(t2));
        for (int i = 0; i < 10; i++) {
            source.services(); // warm-up: JIT, connection pool
        }
        long before = counter[0].requests.get();
        long[] times = new long[refreshes];
        for (int i = 0; i < refreshes; i++) {
            long s = System.nanoTime();
            services = source.services();
            times[i] = System.nanoTime() - s;
        }
        double perRefresh = (counter[0].requests.get() - before) / (double) refreshes;
        Arrays.sort(times);
        double p50 = times[refreshes / 2] / 1e6;
        double p95 = times[(int) Math.ceil(refreshes * 0.95) - 1] / 1e6;
        System.out.printf("cold refresh: %d ms, %d requests (services, tasks, nodes)%n", coldMs, coldRequests);
        System.out.printf("warm refresh of %d services / %d tasks: p50 %.1f ms, p95 %.1f ms, max %.1f ms,"
                        + " %.2f requests per refresh%n", services.size(),
                services.stream().mapToInt(v -> v.replicas().size()).sum(), p50, p95, times[refreshes - 1] / 1e6,
                perRefresh);
        System.out.printf("RESULT swarm.services %d%nRESULT swarm.tasks_running %d%nRESULT swarm.cold_ms %d%n"
                + "RESULT swarm.p50_ms %.1f%nRESULT swarm.p95_ms %.1f%nRESULT swarm.requests_per_refresh %.2f%n",
                services.size(), running, coldMs, p50, p95, perRefresh);
        long t3 = System.nanoTime();
        for (int i = 0; i < names.size(); i += 50) {
            List<String> rm = new ArrayList<>(List.of("service", "rm"));
            rm.addAll(names.subList(i, Math.min(names.size(), i + 50)));
            engine.docker(rm.toArray(String[]::new));
        }
        System.out.printf("services removed in %d ms; the engine stops at exit%n", ms(t3));
    }

    private static long ms(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }

    private static int intArg(List<String> args, String name, int fallback) {
        int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? Integer.parseInt(args.get(i + 1)) : fallback;
    }
}
