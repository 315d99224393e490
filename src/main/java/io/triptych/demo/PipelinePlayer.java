package io.triptych.demo;

import io.triptych.demo.PipelineRun.RunJob;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * Plays a pipeline stage by stage on the timeline: the jobs of a stage run together and end a couple
 * of seconds apart; a blocking manual job stops the pipeline at "manual"; a failing job skips the rest.
 */
final class PipelinePlayer {
    /** About a minute for the service pipeline: lint 8 s, test 14 s, quality 8 s, build 12 s, then 8 s each. */
    static final Function<String, Duration> SERVICE_STAGES = stage -> {
        switch (stage) {
            case "test":
                return Duration.ofSeconds(14);
            case "build":
                return Duration.ofSeconds(12);
            default:
                return Duration.ofSeconds(8);
        }
    };
    private static final Duration JOB_STAGGER = Duration.ofSeconds(2);

    private final Timeline timeline;
    private final PipelineRun run;
    private final int generation;
    private final Function<String, Duration> stageLength;
    private final String failingJob;
    private final List<String> stages;

    private PipelinePlayer(Timeline timeline, PipelineRun run, Function<String, Duration> stageLength,
                           String failingJob) {
        this.timeline = timeline;
        this.run = run;
        this.generation = ++run.generation;
        this.stageLength = stageLength;
        this.failingJob = failingJob;
        this.stages = run.stages();
    }

    /**
     * Runs every job that has not succeeded yet (failed, canceled and skipped ones again), starting
     * after {@code queueDelay}. Jobs already running carry on. {@code failingJob} may be null.
     */
    static void play(Timeline timeline, PipelineRun run, Duration queueDelay, Function<String, Duration> stageLength,
                     String failingJob) {
        PipelinePlayer player = new PipelinePlayer(timeline, run, stageLength, failingJob);
        boolean freshClock = run.startedAt == null || run.finishedAt != null;
        for (RunJob j : run.jobs) {
            if (j.status.equals("failed") || j.status.equals("canceled") || j.status.equals("skipped")) {
                j.reset("created");
            }
        }
        run.finishedAt = null;
        if (queueDelay.isZero()) {
            player.begin(timeline.now(), freshClock);
        } else {
            timeline.after(queueDelay, at -> player.begin(at, freshClock));
        }
    }

    static void retry(Timeline timeline, PipelineRun run) {
        if (!run.status.equals("failed") && !run.status.equals("canceled")) {
            throw new IllegalStateException("pipeline #" + run.id + " is " + run.status + ": only a failed or"
                    + " canceled pipeline can be retried");
        }
        play(timeline, run, Duration.ZERO, SERVICE_STAGES, null);
    }

    /** A failed or canceled job runs again; the pipeline carries on from there when it passes. */
    static void retryJob(Timeline timeline, PipelineRun run, long jobId) {
        RunJob job = run.job(jobId);
        if (!job.status.equals("failed") && !job.status.equals("canceled")) {
            throw new IllegalStateException("job " + job.name + " is " + job.status + ": only a failed or canceled"
                    + " job can be retried");
        }
        play(timeline, run, Duration.ZERO, SERVICE_STAGES, null);
    }

    /** A manual job waiting to be played starts now; the stages after it follow. */
    static void playJob(Timeline timeline, PipelineRun run, long jobId) {
        RunJob job = run.job(jobId);
        if (!job.manual || !job.status.equals("manual")) {
            throw new IllegalStateException("job " + job.name + " is " + job.status + ": only a manual job waiting"
                    + " to be played can be played");
        }
        job.played = true;
        job.reset("created");
        play(timeline, run, Duration.ZERO, SERVICE_STAGES, null);
    }

    static void cancel(PipelineRun run, Instant at) {
        if (!run.active()) {
            throw new IllegalStateException("pipeline #" + run.id + " is " + run.status + ": only a running"
                    + " pipeline can be canceled");
        }
        run.generation++;
        for (RunJob j : run.jobs) {
            if (j.status.equals("running")) {
                j.finish("canceled", at);
            } else if (j.status.equals("created") || j.status.equals("pending")) {
                j.reset("canceled");
            }
        }
        run.status = "canceled";
        run.finishedAt = at;
    }

    private boolean stale() {
        return run.generation != generation;
    }

    private void begin(Instant at, boolean freshClock) {
        if (stale()) {
            return;
        }
        run.status = "running";
        if (freshClock) {
            run.startedAt = at;
        }
        startStage(0, at);
    }

    private void startStage(int index, Instant at) {
        if (index >= stages.size()) {
            finish("success", at);
            return;
        }
        String stage = stages.get(index);
        boolean blocked = false;
        int running = 0;
        for (RunJob j : run.jobs) {
            if (!j.stage.equals(stage)) {
                continue;
            }
            if (j.status.equals("created") && j.manual && !j.played) {
                j.status = "manual";
                blocked = true;
            } else if (j.status.equals("created")) {
                j.start(at);
            }
            if (j.status.equals("running")) {
                Instant end = at.plus(stageLength.apply(stage)).minus(JOB_STAGGER.multipliedBy(running++));
                timeline.at(end, t -> endJob(j, index, t));
            }
        }
        if (running == 0) {
            if (blocked) {
                finish("manual", at);
            } else {
                startStage(index + 1, at);
            }
        }
    }

    private void endJob(RunJob job, int index, Instant at) {
        if (stale() || !job.status.equals("running")) {
            return;
        }
        boolean fails = job.name.equals(failingJob);
        job.finish(fails ? "failed" : "success", at);
        String stage = stages.get(index);
        if (run.jobs.stream().anyMatch(j -> j.stage.equals(stage) && j.status.equals("running"))) {
            return;
        }
        if (run.jobs.stream().anyMatch(j -> j.stage.equals(stage) && j.status.equals("failed") && !j.allowFailure)) {
            run.jobs.stream().filter(j -> j.status.equals("created")).forEach(j -> j.reset("skipped"));
            finish("failed", at);
        } else if (run.jobs.stream().anyMatch(j -> j.stage.equals(stage) && j.status.equals("manual"))) {
            finish("manual", at);
        } else {
            startStage(index + 1, at);
        }
    }

    private void finish(String status, Instant at) {
        run.status = status;
        run.finishedAt = at;
    }
}
