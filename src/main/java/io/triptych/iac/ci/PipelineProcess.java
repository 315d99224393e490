package io.triptych.iac.ci;

import io.triptych.iac.RunningProcess;
import io.triptych.iac.Signal;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A CI job seen as a process, so a run's session treats it as a tool: its output is the job's log, its exit
 * code the job's result. No thread of its own: reading the output drives {@link JobFollow} on the run's worker.
 * SIGINT (the console's Cancel, Ctrl+C) cancels the pipeline and the log is read until the job says canceled;
 * SIGTERM and kill stop following at once.
 */
final class PipelineProcess implements RunningProcess {
    private final JobFollow follow;
    private final Semaphore wake = new Semaphore(0);
    private final CountDownLatch ended = new CountDownLatch(1);
    private final InputStream output = new Pull();

    PipelineProcess(CiPipelines ci, CiTiming timing, JobRequest request, Path folder) {
        this.follow = new JobFollow(ci, timing, request, folder, this::pause);
    }

    /** Waits one poll period, or less when a signal comes. */
    private void pause(Duration d) throws InterruptedException {
        if (wake.tryAcquire(d.toMillis(), TimeUnit.MILLISECONDS)) {
            wake.drainPermits();
        }
    }

    @Override
    public InputStream output() {
        return output;
    }

    @Override
    public int waitFor() throws InterruptedException {
        ended.await();
        return follow.exit();
    }

    @Override
    public boolean waitFor(Duration timeout) throws InterruptedException {
        return ended.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void signal(Signal signal) {
        if (signal == Signal.INT) {
            follow.cancel();
        } else {
            follow.stop();
        }
        wake.release();
    }

    @Override
    public long pid() {
        return -1;
    }

    /** The job's lines, fetched when the reader wants more. */
    private final class Pull extends InputStream {
        private byte[] buffer = new byte[0];
        private int pos;

        @Override
        public int read() throws IOException {
            if (!fill()) {
                return -1;
            }
            return buffer[pos++] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            int n = Math.min(len, buffer.length - pos);
            System.arraycopy(buffer, pos, b, off, n);
            pos += n;
            return n;
        }

        private boolean fill() throws IOException {
            while (pos >= buffer.length) {
                List<String> lines;
                try {
                    lines = follow.next();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    follow.stop();
                    lines = null;
                }
                if (lines == null) {
                    ended.countDown();
                    return false;
                }
                StringBuilder sb = new StringBuilder();
                lines.forEach(l -> sb.append(l).append('\n'));
                buffer = sb.toString().getBytes(StandardCharsets.UTF_8);
                pos = 0;
            }
            return true;
        }
    }
}
