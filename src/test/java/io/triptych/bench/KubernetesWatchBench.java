package io.triptych.bench;

import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.ReplicaSetBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMixedDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.http.RecordedRequest;
import io.triptych.config.KubernetesConfig;
import io.triptych.domain.Environment;
import io.triptych.domain.EnvironmentSnapshot;
import io.triptych.domain.Service;
import io.triptych.kubernetes.KubernetesServiceSource;
import io.triptych.live.LiveSettings;
import io.triptych.live.LiveSite;
import io.triptych.source.EnvironmentSources;
import io.triptych.source.Site;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

/**
 * Change in the Kubernetes API → change in a published {@link EnvironmentSnapshot}, through the real chain:
 * kubeconfig → fabric8 informers → {@code Watched} callback → LiveSite tick → services() from the caches.
 * A fabric8 CRUD mock server holds {@code --deployments} × {@code --pods-per} pods; each change is a pod
 * status update (restart count) or a scale, alternately. Prints the initial sync, latency p50/p95/max, and
 * the list calls the server received after the first sync (target 0).
 *
 * <pre>java -cp target/test-classes:target/classes:$(cat cp.txt) io.triptych.bench.KubernetesWatchBench
 *      [--deployments 100] [--pods-per 20] [--changes 60] [--refresh-s 30]</pre>
 */
public final class KubernetesWatchBench {
    public static void main(String[] args) throws Exception {
        int deployments = intArg(args, "--deployments", 100);
        int podsPer = intArg(args, "--pods-per", 20);
        int changes = intArg(args, "--changes", 60);
        int refreshS = intArg(args, "--refresh-s", 30);
        java.util.logging.Logger quiet = java.util.logging.Logger.getLogger("io.fabric8.mockwebserver");
        quiet.setLevel(java.util.logging.Level.WARNING);

        var responses = new HashMap<io.fabric8.mockwebserver.ServerRequest,
                java.util.Queue<io.fabric8.mockwebserver.ServerResponse>>();
        KubernetesMockServer server = new KubernetesMockServer(new Context(), new MockWebServer(), responses,
                new KubernetesMixedDispatcher(responses), false);
        server.init();
        KubernetesClient admin = server.createClient();
        long seedStart = System.nanoTime();
        List<Pod> pods = seed(admin, deployments, podsPer);
        System.out.printf("seeded %d deployments, %d pods in %d ms%n", deployments, pods.size(), ms(seedStart));

        Path kubeconfig = Files.createTempFile("triptych-bench-kubeconfig", ".yaml");
        Files.writeString(kubeconfig, "apiVersion: v1\nkind: Config\nclusters:\n- name: mock\n  cluster: {server: 'http://"
                + server.getHostName() + ":" + server.getPort() + "'}\nusers:\n- name: u\n  user: {token: bench}\n"
                + "contexts:\n- name: mock\n  context: {cluster: mock, user: u}\ncurrent-context: mock\n");
        KubernetesServiceSource source = new KubernetesServiceSource(new KubernetesConfig(Optional.of(kubeconfig),
                Optional.empty(), List.of()));
        Site site = new Site("bench", false, Duration.ofSeconds(refreshS), List.of(new EnvironmentSources(
                new Environment("k8s", "k8s", "#000000", false), Optional.empty(), Optional.of(source),
                Optional.empty())));
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        ExecutorService workers = Executors.newCachedThreadPool();
        LiveSite live = new LiveSite(site, LiveSettings.of(Duration.ofSeconds(refreshS)), scheduler, workers);
        AtomicReference<Predicate<List<Service>>> waitingFor = new AtomicReference<>();
        AtomicReference<Long> seenAt = new AtomicReference<>();
        live.addListener(s -> {
            Predicate<List<Service>> p = waitingFor.get();
            if (p != null && s.services().loaded() && p.test(s.services().items())) {
                seenAt.compareAndSet(null, System.nanoTime());
            }
        });
        drain(server);

        int total = pods.size();
        long t0 = System.nanoTime();
        waitingFor.set(items -> items.stream().mapToInt(x -> x.replicas().size()).sum() == total);
        live.start();
        long sync = await(seenAt, t0);
        System.out.printf("initial sync: %d ms to the first snapshot with %d services and %d pods%n",
                sync, deployments, total);
        int listsAtSync = (int) drain(server).stream().filter(KubernetesWatchBench::isList).count();

        Random random = new Random(42);
        List<Long> latencies = new ArrayList<>();
        for (int i = 1; i <= changes; i++) {
            seenAt.set(null);
            if (i % 2 == 0) {
                String name = "svc-" + random.nextInt(deployments);
                int replicas = podsPer + i;
                waitingFor.set(items -> items.stream().anyMatch(x -> x.name().equals(name) && x.desired() == replicas));
                long start = System.nanoTime();
                admin.apps().deployments().inNamespace("bench").withName(name).scale(replicas);
                latencies.add(await(seenAt, start));
            } else {
                Pod pod = pods.get(random.nextInt(pods.size()));
                int restarts = i;
                String name = pod.getMetadata().getName();
                waitingFor.set(items -> items.stream().flatMap(x -> x.replicas().stream())
                        .anyMatch(r -> r.name().equals(name) && r.restarts() == restarts));
                Pod changed = new PodBuilder(pod).editStatus().editFirstContainerStatus().withRestartCount(restarts)
                        .endContainerStatus().endStatus().build();
                long start = System.nanoTime();
                admin.resource(changed).updateStatus();
                latencies.add(await(seenAt, start));
            }
            Thread.sleep(100 + random.nextInt(300)); // changes apart, as a cluster makes them
        }
        List<RecordedRequest> after = drain(server);
        long lists = after.stream().filter(KubernetesWatchBench::isList).count();
        latencies.sort(Long::compare);
        System.out.printf("changes: %d (pod status updates and scales, alternately)%n", changes);
        System.out.printf("change -> published snapshot: p50 %d ms, p95 %d ms, max %d ms%n",
                pct(latencies, 50), pct(latencies, 95), latencies.get(latencies.size() - 1));
        System.out.printf("list calls: %d during the initial sync, %d after it (target 0); %d requests after it"
                + " (all the benchmark's own writes)%n", listsAtSync, lists, after.size());
        System.out.println("result k8s.sync_ms " + sync);
        System.out.println("result k8s.change_p50_ms " + pct(latencies, 50));
        System.out.println("result k8s.change_p95_ms " + pct(latencies, 95));
        System.out.println("result k8s.lists_after_sync " + lists);
        live.close();
        scheduler.shutdownNow();
        workers.shutdownNow();
        admin.close();
        server.destroy();
        Files.deleteIfExists(kubeconfig);
        System.exit(0);
    }

    private static List<Pod> seed(KubernetesClient admin, int deployments, int podsPer) {
        List<Pod> pods = new ArrayList<>();
        for (int d = 0; d < deployments; d++) {
            String name = "svc-" + d;
            Deployment dep = admin.resource(new DeploymentBuilder().withNewMetadata().withNamespace("bench")
                    .withName(name).withGeneration(1L).endMetadata().withNewSpec().withReplicas(podsPer)
                    .withNewTemplate().withNewSpec().addNewContainer().withName("app").withImage("app:1")
                    .endContainer().endSpec().endTemplate().endSpec().withNewStatus().withObservedGeneration(1L)
                    .withReplicas(podsPer).withUpdatedReplicas(podsPer).withReadyReplicas(podsPer)
                    .withAvailableReplicas(podsPer).endStatus().build()).create();
            ReplicaSet rs = admin.resource(new ReplicaSetBuilder().withNewMetadata().withNamespace("bench")
                    .withName(name + "-5f7c9").addToOwnerReferences(new OwnerReferenceBuilder().withKind("Deployment")
                            .withApiVersion("apps/v1").withName(name).withUid("u" + d).withController(true).build())
                    .endMetadata().build()).create();
            for (int p = 0; p < podsPer; p++) {
                pods.add(admin.resource(new PodBuilder().withNewMetadata().withNamespace("bench")
                        .withName(rs.getMetadata().getName() + "-" + p).addToOwnerReferences(new OwnerReferenceBuilder()
                                .withKind("ReplicaSet").withApiVersion("apps/v1").withName(rs.getMetadata().getName())
                                .withUid("rs" + d).withController(true).build()).endMetadata()
                        .withNewSpec().withNodeName("worker-" + p % 7).addNewContainer().withName("app")
                        .withImage("app:1").endContainer().endSpec()
                        .withNewStatus().withPhase("Running").addToContainerStatuses(new ContainerStatusBuilder()
                                .withName("app").withReady(true).withRestartCount(0).withNewState().withNewRunning()
                                .withStartedAt("2026-11-25T09:00:00Z").endRunning().endState().build()).endStatus()
                        .build()).create());
            }
        }
        return pods;
    }

    private static long await(AtomicReference<Long> seenAt, long start) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (seenAt.get() == null) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("change never published within 120 s");
            }
            Thread.sleep(1);
        }
        return (seenAt.get() - start) / 1_000_000;
    }

    private static List<RecordedRequest> drain(KubernetesMockServer server) throws InterruptedException {
        List<RecordedRequest> all = new ArrayList<>();
        RecordedRequest r;
        while ((r = server.takeRequest(200, TimeUnit.MILLISECONDS)) != null) {
            all.add(r);
        }
        return all;
    }

    private static boolean isList(RecordedRequest r) {
        String path = r.getPath();
        if (!"GET".equals(r.getMethod()) || path.contains("watch=true")) {
            return false;
        }
        String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        String last = bare.substring(bare.lastIndexOf('/') + 1);
        return List.of("pods", "deployments", "statefulsets", "daemonsets", "replicasets", "events").contains(last);
    }

    private static long pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static long ms(long start) {
        return (System.nanoTime() - start) / 1_000_000;
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
