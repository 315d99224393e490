package io.triptych.iac;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * One run as the history lists it.
 *
 * @param folder  where its request, log and outcome are
 * @param outcome empty while it runs, or when the console died before writing it
 */
public record RunRecord(Path folder, String environmentId, Tool tool, RunAction action, String commandLine,
                        String user, Instant startedAt, Optional<RunOutcome> outcome) {

    public Path log() {
        return folder.resolve(RunStore.LOG);
    }
}
