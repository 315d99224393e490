package io.triptych.live;

import java.io.IOException;
import java.time.Instant;

/**
 * Where every action taken through {@link LiveCommands} is recorded, who and when (the run history's
 * audit log: {@code io.triptych.iac.ActionAudit}). {@code outcome} is "done", "refused" or "failed".
 */
@FunctionalInterface
public interface ActionLog {
    ActionLog NONE = (at, environmentId, command, outcome) -> { };

    void record(Instant at, String environmentId, String command, String outcome) throws IOException;
}
