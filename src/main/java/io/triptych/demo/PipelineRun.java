package io.triptych.demo;

import io.triptych.domain.Job;
import io.triptych.domain.Pipeline;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A pipeline as the world keeps it: mutable, with start and finish times, so that durations can be
 * computed at the moment of each read. Guarded by the {@link DemoWorld} lock.
 */
final class PipelineRun {
    final String project;
    final long id;
    final String ref;
    final Instant createdAt;
    final String sha;
    final String commitTitle;
    final String author;
    final String source;
    /** Sample and clone pipelines stay in the list; only the ones the world creates are dropped when old. */
    final boolean pinned;
    final List<RunJob> jobs;
    String status;
    Instant startedAt;
    Instant finishedAt;
    /** Bumped by cancel and retry so that the events of an earlier run do nothing. */
    int generation;

    PipelineRun(String project, long id, String ref, Instant createdAt, String commitTitle, String author,
                String source, boolean pinned, List<RunJob> jobs) {
        this.project = project;
        this.id = id;
        this.ref = ref;
        this.createdAt = createdAt;
        this.sha = DemoIds.sha(project, id);
        this.commitTitle = commitTitle;
        this.author = author;
        this.source = source;
        this.pinned = pinned;
        this.jobs = jobs;
        this.status = "created";
    }

    String key() {
        return project + "#" + id;
    }

    /** https://gitlab.example.org/svom/fsc/sdb/sdb-api/-/pipelines/48213 */
    String webUrl() {
        return "https://gitlab.example.org/" + DemoJobs.groupPath(project) + "/-/pipelines/" + id;
    }

    boolean active() {
        return status.equals("created") || status.equals("pending") || status.equals("running");
    }

    RunJob job(long jobId) {
        return jobs.stream().filter(j -> j.id == jobId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no job " + jobId + " in pipeline #" + id));
    }

    List<String> stages() {
        return jobs.stream().map(j -> j.stage).distinct().toList();
    }

    Pipeline toPipeline(Instant now) {
        List<Job> out = new ArrayList<>(jobs.size());
        for (RunJob j : jobs) {
            out.add(j.toJob(now));
        }
        return new Pipeline(project, id, ref, status, createdAt, webUrl(), sha, commitTitle, author, source,
                span(startedAt, finishedAt, now), out);
    }

    static Duration span(Instant from, Instant to, Instant now) {
        if (from == null) {
            return Duration.ZERO;
        }
        Duration d = Duration.between(from, to != null ? to : now);
        return d.isNegative() ? Duration.ZERO : d;
    }

    /** One job of a run. */
    static final class RunJob {
        final long id;
        final String name;
        final String stage;
        final boolean manual;
        final boolean allowFailure;
        String status = "created";
        /** A manual job someone played: it runs when its stage comes instead of waiting again. */
        boolean played;
        Instant startedAt;
        Instant finishedAt;

        RunJob(long id, String name, String stage, boolean manual, boolean allowFailure) {
            this.id = id;
            this.name = name;
            this.stage = stage;
            this.manual = manual;
            this.allowFailure = allowFailure;
        }

        void start(Instant at) {
            status = "running";
            startedAt = at;
            finishedAt = null;
        }

        void finish(String newStatus, Instant at) {
            status = newStatus;
            finishedAt = at;
        }

        void reset(String newStatus) {
            status = newStatus;
            startedAt = null;
            finishedAt = null;
        }

        Job toJob(Instant now) {
            Duration duration = startedAt == null ? null : span(startedAt, finishedAt, now);
            return new Job(id, name, stage, status, duration, manual, allowFailure);
        }
    }
}
