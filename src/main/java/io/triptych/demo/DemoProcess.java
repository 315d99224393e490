package io.triptych.demo;

import io.triptych.concurrent.DaemonThreads;
import io.triptych.iac.RunningProcess;
import io.triptych.iac.Signal;
import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A demo run played in-process: prints its script's lines at their pace into a pipe, and answers SIGINT
 * the way Terraform and Ansible do (a few lines, exit 1). No OS process: the demo site needs no binary.
 */
final class DemoProcess implements RunningProcess {
    /** One line of a script and the pause before it. */
    record Beat(long delayMs, String line) {
    }

    private final PipedInputStream in = new PipedInputStream(1 << 16);
    private final CountDownLatch ended = new CountDownLatch(1);
    private volatile int exit = -1;
    private volatile boolean interrupted;

    DemoProcess(List<Beat> script, int exitCode, List<String> onInterrupt) throws IOException {
        PrintStream out = new PrintStream(new PipedOutputStream(in), true, StandardCharsets.UTF_8);
        Thread t = DaemonThreads.thread("triptych-demo-run", () -> play(out, script, exitCode, onInterrupt));
        t.start();
    }

    private void play(PrintStream out, List<Beat> script, int exitCode, List<String> onInterrupt) {
        int code = exitCode;
        try {
            for (Beat b : script) {
                if (sleepInterrupted(b.delayMs())) {
                    onInterrupt.forEach(out::println);
                    code = 1;
                    break;
                }
                out.println(b.line());
            }
        } finally {
            out.close();
            exit = code;
            ended.countDown();
        }
    }

    private boolean sleepInterrupted(long ms) {
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(ms);
        while (!interrupted && System.nanoTime() < until) {
            try {
                Thread.sleep(Math.min(20, Math.max(1, TimeUnit.NANOSECONDS.toMillis(until - System.nanoTime()))));
            } catch (InterruptedException e) {
                return true;
            }
        }
        return interrupted;
    }

    @Override
    public InputStream output() {
        return in;
    }

    @Override
    public int waitFor() throws InterruptedException {
        ended.await();
        return exit;
    }

    @Override
    public boolean waitFor(Duration timeout) throws InterruptedException {
        return ended.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void signal(Signal signal) {
        interrupted = true;
    }

    @Override
    public long pid() {
        return -1;
    }
}
