package io.triptych.demo;

import io.triptych.domain.Environment;
import io.triptych.domain.Pipeline;
import io.triptych.domain.SecurityGroup;
import io.triptych.domain.Server;
import io.triptych.domain.Service;
import io.triptych.domain.Volume;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The demo site's three environments, moving on their own clock. Every read first applies, in time
 * order, the scripted events due by {@code clock.instant()}; randomness comes only from the seed, so
 * the same seed and the same clock readings give the same states. Thread-safe: one lock for all.
 */
public final class DemoWorld {
    private final Clock clock;
    private final Timeline timeline;
    private final ServiceMoves moves;
    private final DemoServerMoves serverMoves;
    private final Map<String, EnvState> envs = new LinkedHashMap<>();
    /** Pipelines run from the console get ids far above the scripted ones. */
    private long nextCreatedId = 60_001;

    /**
     * @param scale 1 for the demo dataset; N &gt; 1 multiplies each environment to about 25·N servers,
     *              40·N volumes, 10·N services and 2.5·N pipelines, for benchmarks
     */
    public DemoWorld(long seed, Clock clock, int scale) {
        if (scale < 1) {
            throw new IllegalArgumentException("scale must be 1 or more, not " + scale);
        }
        this.clock = clock;
        this.timeline = new Timeline(clock.instant());
        Random random = new Random(seed);
        ReplicaNames names = new ReplicaNames(random);
        this.moves = new ServiceMoves(timeline, names);
        this.serverMoves = new DemoServerMoves(timeline);
        for (Environment e : DemoEnvironments.all()) {
            EnvState env = new EnvState(e.id(), timeline.start(), names);
            DemoScale.apply(env, scale);
            envs.put(e.id(), env);
        }
        DemoScript.install(timeline, moves, random, envs.get(DemoEnvironments.INTEGRATION),
                envs.get(DemoEnvironments.PRODUCTION));
    }

    /** In column order. */
    public List<Environment> environments() {
        return DemoEnvironments.all();
    }

    /** When the world started: scripted events are timed from here. */
    public Instant start() {
        return timeline.start();
    }

    public synchronized List<Server> servers(String envId) {
        return List.copyOf(advanced(envId).servers);
    }

    public synchronized List<Volume> volumes(String envId) {
        return List.copyOf(advanced(envId).volumes);
    }

    public synchronized List<SecurityGroup> securityGroups(String envId) {
        return advanced(envId).securityGroups;
    }

    public synchronized List<Service> services(String envId) {
        return List.copyOf(advanced(envId).services);
    }

    public synchronized List<io.triptych.domain.ClusterNode> nodes(String envId) {
        return DemoCluster.nodes(advanced(envId));
    }

    public synchronized List<io.triptych.domain.ClusterEvent> warnings(String envId) {
        EnvState env = advanced(envId);
        return DemoCluster.warnings(env, timeline.start(), timeline.now());
    }

    /** The world's clock: log lines are stamped with it. */
    Clock clock() {
        return clock;
    }

    /** The projects whose pipelines this environment shows, for "Run pipeline…". */
    synchronized List<String> projects(String envId) {
        return advanced(envId).runs.stream().map(r -> r.project).distinct().sorted().toList();
    }

    /** Newest first; durations of running pipelines and jobs as of now. */
    public synchronized List<Pipeline> pipelines(String envId) {
        EnvState env = advanced(envId);
        Instant now = timeline.now();
        List<PipelineRun> runs = new ArrayList<>(env.runs);
        runs.sort(Comparator.comparing((PipelineRun r) -> r.createdAt).thenComparingLong(r -> r.id).reversed());
        runs.addAll(env.cloneRuns);
        List<Pipeline> out = new ArrayList<>(runs.size());
        for (PipelineRun r : runs) {
            out.add(r.toPipeline(now));
        }
        return List.copyOf(out);
    }

    /** Replaces every replica of the service; the new ones run a few seconds later. */
    synchronized void restart(String envId, String serviceKey) {
        moves.restart(advanced(envId), serviceKey);
    }

    /** Sets the desired replicas now; running follows within about 5 s. */
    synchronized void scale(String envId, String serviceKey, int replicas) {
        moves.scale(advanced(envId), serviceKey, replicas, Duration.ofSeconds(5));
    }

    /** Starts, stops or reboots a server: the transition shows now and settles a few seconds later. */
    synchronized void power(String envId, String serverId, io.triptych.domain.ServerAction action)
            throws io.triptych.source.ActionRefused {
        serverMoves.power(advanced(envId), serverId, action);
    }

    synchronized String consoleLog(String envId, String serverId, int lines) {
        return serverMoves.consoleLog(advanced(envId), serverId, lines);
    }

    synchronized String remoteConsole(String envId, String serverId) throws io.triptych.source.ActionRefused {
        return serverMoves.remoteConsole(advanced(envId), serverId);
    }

    /** A failed or canceled pipeline runs again (and passes). */
    synchronized void retry(String envId, String pipelineKey) {
        PipelinePlayer.retry(timeline, advanced(envId).run(pipelineKey));
    }

    synchronized void retryJob(String envId, String pipelineKey, long jobId) {
        PipelinePlayer.retryJob(timeline, advanced(envId).run(pipelineKey), jobId);
    }

    synchronized void playJob(String envId, String pipelineKey, long jobId) {
        PipelinePlayer.playJob(timeline, advanced(envId).run(pipelineKey), jobId);
    }

    /** A new pipeline of a project on a ref, created now; it runs (and passes) a few seconds later. */
    synchronized Pipeline createPipeline(String envId, String project, String ref, Map<String, String> variables) {
        EnvState env = advanced(envId);
        long id = nextCreatedId++;
        String title = variables.isEmpty() ? "Run from Triptych"
                : "Run from Triptych with " + String.join(", ", variables.keySet());
        PipelineRun run = new PipelineRun(project, id, ref, timeline.now(), title, "ops-oncall", "web", false,
                DemoJobs.forProject(project, id));
        env.addRun(run, DemoScript.MAX_PIPELINES);
        PipelinePlayer.play(timeline, run, Duration.ofSeconds(2), PipelinePlayer.SERVICE_STAGES, null);
        return run.toPipeline(timeline.now());
    }

    /** A created, pending or running pipeline is canceled now. */
    synchronized void cancel(String envId, String pipelineKey) {
        PipelinePlayer.cancel(advanced(envId).run(pipelineKey), timeline.now());
    }

    private EnvState advanced(String envId) {
        EnvState env = envs.get(envId);
        if (env == null) {
            throw new IllegalArgumentException("no demo environment '" + envId + "'");
        }
        timeline.advanceTo(clock.instant());
        return env;
    }
}
