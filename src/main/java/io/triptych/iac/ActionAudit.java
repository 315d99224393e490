package io.triptych.iac;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * One line in the run history's {@code audit.log} per action on a backend (a server stopped, a service
 * restarted, a pipeline retried), beside the runs' lines: time, OS user, host, environment, command and
 * outcome ("done", "refused", "failed"). Never a URL, a token or a reply: the command names what was
 * done to what ("server stop web-01").
 */
public final class ActionAudit {
    private final IacPaths paths;

    public ActionAudit(IacPaths paths) {
        this.paths = paths;
    }

    public synchronized void record(Instant at, String environmentId, String command, String outcome)
            throws IOException {
        Files.createDirectories(paths.dataDir());
        String line = at + " user=" + Who.user() + " host=" + Who.host() + " env=" + environmentId
                + " command=\"" + command.replace("\"", "'").replaceAll("[\\r\\n]", " ") + "\" outcome=" + outcome
                + System.lineSeparator();
        Files.writeString(paths.auditLog(), line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }
}
