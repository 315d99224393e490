package io.triptych.iac;

import io.triptych.domain.DriftCheck;
import java.io.IOException;
import java.util.Optional;

/**
 * The second way an environment runs Terraform and Ansible: as the team's CI pipelines (the site file's
 * {@code iac: gitlab:} block; implemented in {@code iac.ci}). A run built here goes through the same
 * {@link RunSession} as a local one — lock, masking, log, outcome, audit line, drift store — its one step
 * being the pipeline's job.
 */
public interface PipelineRuns {
    /** A run of {@code action} as a pipeline job; apply takes the reviewed CI plan run's folder. */
    RunSpec spec(RunAction action, LaunchOptions options) throws LaunchRefused;

    /** The newest finished scheduled drift pipeline's result, if there is one. */
    Optional<DriftCheck> scheduledDrift() throws IOException;

    /** "svom/infra on main", for the menu's tooltip and messages. */
    String where();
}
