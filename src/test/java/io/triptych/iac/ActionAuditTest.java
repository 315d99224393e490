package io.triptych.iac;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActionAuditTest {
    @TempDir
    Path dir;

    @Test
    void anActionIsOneLineOfTheRunHistorysAuditLogWithWhoAndWhen() throws Exception {
        IacPaths paths = new IacPaths(dir.resolve("data"), dir.resolve("locks"));
        ActionAudit audit = new ActionAudit(paths);

        audit.record(Instant.parse("2026-12-02T04:00:00Z"), "production", "server stop \"web\"\n01", "done");
        audit.record(Instant.parse("2026-12-02T04:01:00Z"), "production", "server start web-01", "refused");

        assertThat(Files.readAllLines(paths.auditLog())).containsExactly(
                "2026-12-02T04:00:00Z user=" + Who.user() + " host=" + Who.host()
                        + " env=production command=\"server stop 'web' 01\" outcome=done",
                "2026-12-02T04:01:00Z user=" + Who.user() + " host=" + Who.host()
                        + " env=production command=\"server start web-01\" outcome=refused");
    }
}
