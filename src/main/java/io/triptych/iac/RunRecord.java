package io.triptych.iac;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * One run as the history lists it.
 *
 * @param folder  where its request, log and outcome are
 * @param outcome empty while it runs, or when the console died before writing it
 * @param pipeline the CI pipeline the run was ({@code pipeline.json} in its folder); empty for a local run
 */
public record RunRecord(Path folder, String environmentId, Tool tool, RunAction action, String commandLine,
                        String user, Instant startedAt, Optional<RunOutcome> outcome, Optional<PipelineLink> pipeline) {

    /** A local run (the folders written before CI runs existed read as these). */
    public RunRecord(Path folder, String environmentId, Tool tool, RunAction action, String commandLine,
                     String user, Instant startedAt, Optional<RunOutcome> outcome) {
        this(folder, environmentId, tool, action, commandLine, user, startedAt, outcome, Optional.empty());
    }

    /** "local" or "gitlab-ci", as the history and {@code --json} say it. */
    public String kind() {
        return pipeline.isPresent() ? PipelineLink.KIND : "local";
    }

    public Path log() {
        return folder.resolve(RunStore.LOG);
    }
}
