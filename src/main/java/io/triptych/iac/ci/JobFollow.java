package io.triptych.iac.ci;

import io.triptych.iac.Notices;
import io.triptych.iac.PipelineLink;
import io.triptych.iac.RunStore;
import io.triptych.logs.GrowingLog;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One CI run, step by step, each {@link #next()} returning the lines that appeared: create the pipeline (or play
 * the reviewed pipeline's manual job), find the job, then poll its status and log — status first, so the log
 * read after a final status is whole — saying who holds the resource group while it waits; at the end, the
 * Terraform artifacts as Terraform's own JSON lines ({@link ArtifactLines}) and the exit code.
 */
final class JobFollow {
    interface Pause {
        void sleep(Duration d) throws InterruptedException;
    }

    private static final DateTimeFormatter SINCE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final CiPipelines ci;
    private final CiTiming timing;
    private final JobRequest request;
    private final Path folder;
    private final Pause pause;
    private final GrowingLog log = new GrowingLog();
    private volatile boolean cancelRequested;
    private volatile boolean stopRequested;
    private boolean cancelSent;
    private boolean started;
    private boolean done;
    private volatile int exit = -1;
    private long pipelineId;
    private String pipelineUrl = "";
    private CiJob job;
    private Instant jobDeadline;
    private String lastWaiting = "";

    JobFollow(CiPipelines ci, CiTiming timing, JobRequest request, Path folder, Pause pause) {
        this.ci = ci;
        this.timing = timing;
        this.request = request;
        this.folder = folder;
        this.pause = pause;
    }

    int exit() {
        return exit;
    }

    void cancel() {
        cancelRequested = true;
    }

    void stop() {
        stopRequested = true;
    }

    /** The next lines, waiting one poll period when there is nothing new; null when the run is over. */
    List<String> next() throws InterruptedException {
        if (done) {
            return null;
        }
        List<String> out = new ArrayList<>();
        try {
            if (!started) {
                started = true;
                start(out);
                return out;
            }
            if (stopRequested) {
                return finish(out, 1, "stopped following " + what() + " (it may still run in GitLab: " + pipelineUrl + ")");
            }
            if (cancelRequested && !cancelSent && pipelineId > 0) {
                cancelSent = true;
                ci.cancel(pipelineId);
                out.add(Notices.encode("cancelled", "GitLab CI: pipeline #" + pipelineId + " cancelled", pipelineId));
            }
            if (job == null && !findJob(out)) {
                return out;
            }
            if (job != null) {
                poll(out);
            }
            if (!done && out.isEmpty()) {
                pause.sleep(timing.poll());
            }
        } catch (CiException e) {
            return finish(out, 1, e.getMessage());
        }
        return out;
    }

    private void start(List<String> out) throws CiException {
        if (cancelRequested) {
            finish(out, 1, "cancelled before the pipeline was created");
            return;
        }
        if (request.mode() == JobRequest.Mode.CREATE) {
            CiPipeline p = ci.create(request.variables());
            pipelineId = p.id();
            pipelineUrl = p.webUrl();
            link("");
            out.add(Notices.encode("created", "GitLab CI: pipeline #" + p.id() + " created on " + ci.ref() + " of "
                    + ci.project() + " — " + p.webUrl(), p.id(), ci.ref(), ci.project(), p.webUrl()));
            jobDeadline = timing.clock().instant().plus(timing.jobAppears());
            return;
        }
        pipelineId = request.pipelineId();
        CiJob manual = newest(ci.jobs(pipelineId)).orElseThrow(() -> new CiException("pipeline #" + pipelineId
                + " has no job '" + request.job() + "': apply plays only the reviewed plan's pipeline"));
        if (!manual.status().equals("manual")) {
            throw new CiException("job '" + manual.name() + "' of pipeline #" + pipelineId + " is " + manual.status()
                    + ", not waiting to be played: apply plays a manual job once; run a new plan");
        }
        job = ci.play(manual.id());
        pipelineUrl = pipelineUrl.isEmpty() ? job.webUrl() : pipelineUrl;
        link(job.webUrl());
        out.add(Notices.encode("playing", "GitLab CI: playing job '" + job.name() + "' of the reviewed pipeline #"
                + pipelineId + " — " + job.webUrl(), job.name(), pipelineId, job.webUrl()));
    }

    private boolean findJob(List<String> out) throws CiException, InterruptedException {
        Optional<CiJob> found = newest(ci.jobs(pipelineId));
        if (found.isPresent()) {
            job = found.get();
            link(job.webUrl());
            out.add(Notices.encode("following", "GitLab CI: following job '" + job.name() + "' (#" + job.id()
                    + ") — " + job.webUrl(), job.name(), job.id(), job.webUrl()));
            return true;
        }
        if (cancelSent) {
            finish(out, 1, "pipeline #" + pipelineId + " cancelled before its job '" + request.job() + "' started");
            return false;
        }
        if (!timing.clock().instant().isBefore(jobDeadline)) {
            throw new CiException("pipeline #" + pipelineId + " has no job '" + request.job() + "' after "
                    + timing.jobAppears().toSeconds() + " s: check that .gitlab-ci.yml runs it when TRIPTYCH_ACTION is "
                    + request.action());
        }
        pause.sleep(timing.poll());
        return false;
    }

    private Optional<CiJob> newest(List<CiJob> jobs) {
        return jobs.stream().filter(j -> j.name().equals(request.job())).max(Comparator.comparingLong(CiJob::id));
    }

    private void poll(List<String> out) throws CiException {
        job = ci.job(job.id());
        send(ci.trace(job.id()), out);
        if (job.status().equals("waiting_for_resource")) {
            String w = waiting();
            if (!w.equals(lastWaiting)) {
                lastWaiting = w;
                out.add(w);
            }
        }
        if (job.active()) {
            return;
        }
        flushPartial(out);
        ended(out);
    }

    /** "waiting for production — held by pipeline #48190 (Zoé Lefèvre, since 2026-12-02 09:14 UTC)". */
    private String waiting() throws CiException {
        Optional<CiHolder> h = ci.holder(job.id());
        if (h.isEmpty()) {
            return Notices.encode("waitingUnknown", "waiting for its resource group — held by another job");
        }
        String group = h.get().resourceGroup();
        return h.get().holder().map(j -> j.startedAt().map(s -> Notices.encode("waitingSince", "waiting for " + group
                        + " — held by pipeline #" + j.pipelineId() + " (" + j.user() + ", since " + SINCE.format(s)
                        + ")", group, j.pipelineId(), j.user(), SINCE.format(s)))
                .orElse(Notices.encode("waitingHeld", "waiting for " + group + " — held by pipeline #" + j.pipelineId()
                        + " (" + j.user() + ")", group, j.pipelineId(), j.user())))
                .orElse(Notices.encode("waitingOther", "waiting for " + group + " — held by another job", group));
    }

    private void ended(List<String> out) throws CiException {
        String status = job.status();
        int[] counts = null;
        if (request.artifacts() && (status.equals("success") || status.equals("failed"))) {
            Optional<byte[]> report = ci.artifact(job.id(), ArtifactLines.REPORT);
            Optional<int[]> c = report.flatMap(ArtifactLines::counts);
            Optional<byte[]> plan = ci.artifact(job.id(), ArtifactLines.PLAN);
            plan.ifPresent(p -> out.addAll(ArtifactLines.plan(p, request.drift())));
            if (c.isPresent()) {
                counts = c.get();
                out.add(ArtifactLines.summary(counts, request.drift() ? "drift" : "plan", ArtifactLines.REPORT));
            } else if (report.isEmpty() && plan.isEmpty()) {
                out.add(Notices.encode("noReport", "GitLab CI: job '" + job.name() + "' has no " + ArtifactLines.REPORT
                        + " artifact: no counts to show (see the README's .gitlab-ci.yml)", job.name(),
                        ArtifactLines.REPORT));
            }
        }
        boolean drifted = request.drift() && (counts != null && counts[0] + counts[1] + counts[2] > 0
                || status.equals("failed") && job.allowFailure());
        switch (status) {
            case "success":
                finish(out, drifted ? 2 : 0, null);
                break;
            case "failed":
                finish(out, drifted ? 2 : 1, drifted ? null : "job '" + job.name() + "' failed — " + job.webUrl());
                break;
            default:
                finish(out, 1, "job '" + job.name() + "' ended " + status + " — " + job.webUrl());
        }
    }

    private List<String> finish(List<String> out, int code, String error) {
        if (error != null) {
            out.add(request.artifacts() || request.action().equals("apply") ? ArtifactLines.error(error)
                    : "ERROR! " + error);
        }
        exit = code;
        done = true;
        return out;
    }

    private String what() {
        return job == null ? "pipeline #" + pipelineId : "job '" + job.name() + "' (#" + job.id() + ")";
    }

    private void link(String jobUrl) throws CiException {
        try {
            RunStore.link(folder, new PipelineLink(ci.project(), pipelineId, pipelineUrl, request.job(), jobUrl));
        } catch (IOException e) {
            throw new CiException("cannot record pipeline #" + pipelineId + " in " + folder + ": " + e.getMessage());
        }
    }

    /** The log's new whole lines (the trace is read whole at each poll). */
    private void send(byte[] trace, List<String> out) {
        log.newLines(trace).forEach(l -> line(l, out));
    }

    private void flushPartial(List<String> out) {
        log.rest().forEach(l -> line(l, out));
    }

    /** A fold marker's carriage return: a line reader would cut the marker from its header there. */
    private static final java.util.regex.Pattern MARKER_CR = java.util.regex.Pattern.compile(
            "(section_(?:start|end):\\d+:[A-Za-z0-9_.\\-]+(?:\\[[^\\]\\r]*\\])?)\r");

    /**
     * The job's lines with GitLab's fold markers ("section_start:1733130000:plan[collapsed=true]\r\e[0K") kept,
     * less their carriage return: the console folds them as the job's Log window does; the CLI leaves them out.
     */
    private static void line(String l, List<String> out) {
        String line = l.indexOf("section_") < 0 ? l : MARKER_CR.matcher(l).replaceAll("$1");
        out.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
    }
}
