package io.triptych.config.clouds;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** A clouds.yaml or secure.yaml that is a pipe or a device is refused, not waited on or read for ever. */
@EnabledOnOs({OS.LINUX, OS.MAC})
class CloudsSpecialFilesTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aNamedPipeIsRefusedWithoutWaitingForAWriter() throws Exception {
        Path fifo = dir.resolve("clouds.yaml");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        CloudsProblems problems = new CloudsProblems(dir);

        assertThat(CloudsFile.read(fifo, problems)).isEmpty();
        assertThat(problems.lines()).singleElement().asString()
                .contains("is not a regular file").contains("check that this is the right file");
    }

    @Test
    @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void anEndlessDeviceIsRefused() {
        CloudsProblems problems = new CloudsProblems(dir);

        assertThat(CloudsFile.read(Path.of("/dev/zero"), problems)).isEmpty();
        assertThat(problems.lines()).singleElement().asString().contains("/dev/zero").contains("is not a regular file");
    }
}
