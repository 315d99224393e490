package io.triptych.iac.ci;

import io.triptych.domain.DriftCheck;
import java.util.List;
import java.util.Optional;

/**
 * The newest scheduled drift pipeline's result (source=schedule, its drift job finished), read as a local drift
 * check reads: success with nothing in the Terraform report → in sync; counts in the report, or a failure the
 * job allows (exit code 2 of {@code -detailed-exitcode}) → drifted; any other failure → check failed.
 */
final class ScheduledDrift {
    private final CiPipelines ci;
    private final String job;

    ScheduledDrift(CiPipelines ci, String job) {
        this.ci = ci;
        this.job = job;
    }

    Optional<DriftCheck> latest() throws CiException {
        for (CiPipeline p : ci.scheduled()) {
            List<CiJob> jobs = ci.jobs(p.id());
            Optional<CiJob> drift = jobs.stream().filter(j -> j.name().equals(job) && !j.active()
                    && !j.status().equals("manual") && !j.status().equals("skipped")).max(
                    java.util.Comparator.comparingLong(CiJob::id));
            if (drift.isPresent()) {
                return Optional.of(check(drift.get()));
            }
        }
        return Optional.empty();
    }

    private DriftCheck check(CiJob j) throws CiException {
        java.time.Instant at = j.finishedAt().orElse(j.startedAt().orElse(java.time.Instant.EPOCH));
        Optional<Integer> reported = ci.artifact(j.id(), ArtifactLines.REPORT).flatMap(ArtifactLines::counts)
                .map(c -> c[0] + c[1] + c[2]);
        int changes = reported.isPresent() ? reported.get() : ci.artifact(j.id(), ArtifactLines.PLAN)
                .map(p -> ArtifactLines.plan(p, true).size()).orElse(0); // a drift job's plan.json: resource_drift
        if (j.status().equals("success")) {
            return changes > 0 ? new DriftCheck(DriftCheck.Status.DRIFTED, changes, "", at)
                    : new DriftCheck(DriftCheck.Status.IN_SYNC, 0, "", at);
        }
        if (j.status().equals("failed") && j.allowFailure()) {
            return new DriftCheck(DriftCheck.Status.DRIFTED, changes, "", at);
        }
        return new DriftCheck(DriftCheck.Status.FAILED, 0, "scheduled drift job " + j.status() + " — " + j.webUrl(), at);
    }
}
