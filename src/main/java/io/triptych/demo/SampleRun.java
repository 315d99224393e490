package io.triptych.demo;

import io.triptych.demo.PipelineRun.RunJob;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sets the job statuses of a sample pipeline, by stage or by job name, in pipeline order; then
 * spreads plausible start and finish times over the pipeline's run time.
 */
final class SampleRun {
    private final PipelineRun run;
    private final Map<String, Duration> runningFor = new HashMap<>();
    /** Jobs that actually ran (a job canceled before it started has no times). */
    private final Set<RunJob> ran = new HashSet<>();

    SampleRun(PipelineRun run) {
        this.run = run;
    }

    /** Every job of this stage (or the job of this name) succeeded. */
    SampleRun ran(String stageOrJob) {
        return set(stageOrJob, "success");
    }

    SampleRun failed(String job) {
        return set(job, "failed");
    }

    SampleRun cut(String stageOrJob, String status) {
        return set(stageOrJob, status);
    }

    /** Every stage up to and including this one succeeded, manual jobs included (they were played). */
    SampleRun ranUpTo(String stage) {
        for (String s : run.stages()) {
            set(s, "success");
            if (s.equals(stage)) {
                break;
            }
        }
        return this;
    }

    /** A manual job waiting to be played: the pipeline stops here. */
    SampleRun waiting(String job) {
        return set(job, "manual").rest("created");
    }

    SampleRun running(String job, Duration sinceStarted) {
        runningFor.put(job, sinceStarted);
        return set(job, "running").rest("created");
    }

    /** Every job not set yet; only "success" counts as having run. */
    SampleRun rest(String status) {
        for (RunJob j : run.jobs) {
            if (j.status.equals("created") && !ran.contains(j)) {
                j.status = status;
                if (status.equals("success")) {
                    ran.add(j);
                }
            }
        }
        return this;
    }

    private SampleRun set(String stageOrJob, String status) {
        for (RunJob j : run.jobs) {
            if (j.stage.equals(stageOrJob) || j.name.equals(stageOrJob)) {
                j.status = status;
                if (!status.equals("manual") && !status.equals("created")) {
                    ran.add(j);
                }
            }
        }
        return this;
    }

    /** The run with times: each stage that ran gets an equal share of the run time, jobs end a little apart. */
    PipelineRun build(Instant worldStart) {
        Instant end = run.finishedAt != null ? run.finishedAt : worldStart;
        List<String> ranStages = run.stages().stream()
                .filter(s -> run.jobs.stream().anyMatch(j -> j.stage.equals(s) && ran.contains(j))).toList();
        Duration slot = Duration.between(run.startedAt, end).dividedBy(Math.max(1, ranStages.size()));
        for (int i = 0; i < ranStages.size(); i++) {
            Instant from = run.startedAt.plus(slot.multipliedBy(i));
            int k = 0;
            for (RunJob j : run.jobs) {
                if (!j.stage.equals(ranStages.get(i)) || !ran.contains(j)) {
                    continue;
                }
                if (j.status.equals("running")) {
                    j.startedAt = worldStart.minus(runningFor.getOrDefault(j.name, slot.dividedBy(2)));
                } else {
                    j.startedAt = from.plusSeconds(4L + k);
                    Duration took = j.status.equals("canceled") ? slot.dividedBy(2)
                            : slot.multipliedBy(9L - k).dividedBy(10);
                    j.finishedAt = j.startedAt.plus(took);
                }
                k++;
            }
        }
        return run;
    }
}
