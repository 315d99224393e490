package io.triptych.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteFileWatcherTest {
    @TempDir
    Path dir;

    @Test
    void aChangeToTheSiteFileIsReportedOnceAndOtherFilesAreIgnored() throws Exception {
        Path site = Files.writeString(dir.resolve("site.yaml"), "site: A\n");
        Semaphore changes = new Semaphore(0);
        try (SiteFileWatcher watcher = new SiteFileWatcher(site, changes::release)) {
            Files.writeString(dir.resolve("other.yaml"), "x: 1\n");
            assertThat(changes.tryAcquire(2, TimeUnit.SECONDS)).as("another file is not ours").isFalse();

            Files.writeString(site, "site: B\n");
            Files.writeString(site, "site: C\n"); // an editor's burst of writes
            assertThat(changes.tryAcquire(30, TimeUnit.SECONDS)).isTrue();
            assertThat(changes.tryAcquire(2, TimeUnit.SECONDS)).as("one callback per burst").isFalse();
        }
    }
}
