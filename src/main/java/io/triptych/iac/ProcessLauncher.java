package io.triptych.iac;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Starts a tool. The real one starts an OS process; the demo site's one replays a plausible run in-process,
 * so everything after the start (masking, parsing, storing, cancelling) is the same code on both.
 */
@FunctionalInterface
public interface ProcessLauncher {
    /**
     * @param environment variables added to this process's own environment
     */
    RunningProcess start(List<String> command, Path workDir, Map<String, String> environment) throws IOException;
}
