package io.triptych.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site file that is not a regular file is refused at once, and no file is read past its limit: a
 * named pipe used to block for ever, /dev/zero to fill the heap.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class SiteFileSpecialFilesTest {
    @TempDir
    Path dir;

    private static List<String> problemsOf(Path file) {
        ConfigException e = catchThrowableOfType(ConfigException.class,
                () -> new SiteFileReader(Path.of("/home/op")).read(file));
        assertThat(e).as("the file is refused").isNotNull();
        return e.problems();
    }

    @Test
    @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aNamedPipeIsRefusedWithoutWaitingForAWriter() throws Exception {
        Path fifo = dir.resolve("site.yaml");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertThat(mkfifo.waitFor()).isZero();

        assertThat(problemsOf(fifo)).containsExactly(fifo + ": cannot be read (is not a regular file (a device,"
                + " named pipe or socket)) — name the site file itself, a regular file");
    }

    @Test
    @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void anEndlessDeviceIsRefusedBeforeItIsRead() {
        Path zero = Path.of("/dev/zero");

        assertThat(problemsOf(zero)).containsExactly(zero + ": cannot be read (is not a regular file (a device,"
                + " named pipe or socket)) — name the site file itself, a regular file");
    }

    @Test
    void aFileOverOneMebibyteIsRefused() throws Exception {
        Path big = dir.resolve("site.yaml");
        Files.write(big, new byte[(int) SiteFileText.MAX_BYTES + 1]);

        assertThat(problemsOf(big)).containsExactly(big + ": too large for a site file (over 1 MiB)"
                + " — check that --config names the site file");
    }

    @Test
    void boundedFileNeverReadsMoreThanOneBytePastItsLimit() throws Exception {
        Path file = dir.resolve("grows.yaml");
        Files.write(file, new byte[100]);

        BoundedFile.Refused refused = catchThrowableOfType(BoundedFile.Refused.class,
                () -> BoundedFile.read(file, 99));
        assertThat(refused.tooLarge()).isTrue();
        assertThat(refused.getMessage()).isEqualTo("too large (over 99 bytes)");
        assertThat(BoundedFile.read(file, 100)).hasSize(100);
    }
}
