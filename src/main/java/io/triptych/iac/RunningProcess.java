package io.triptych.iac;

import java.io.InputStream;
import java.time.Duration;

/** A started tool: its output (stdout and stderr merged, in order), its end, and the signals it takes. */
public interface RunningProcess {
    InputStream output();

    /** Blocks until the process ends; returns its exit code. */
    int waitFor() throws InterruptedException;

    /** Blocks at most {@code timeout}; true when the process has ended. */
    boolean waitFor(Duration timeout) throws InterruptedException;

    void signal(Signal signal);

    /** The OS process id, or -1 where there is none (the demo's in-process runs). */
    long pid();
}
