package io.triptych.iac;

import java.io.BufferedWriter;
import java.io.IOException;
import java.time.Clock;

/**
 * The run's log file, flushed at most every 200 ms: a crash loses at most that much, and 100,000 fast lines
 * do not cost 100,000 system calls.
 */
final class FlushingLog {
    private static final long PERIOD_MS = 200;
    private final BufferedWriter out;
    private final Clock clock;
    private long lastFlush;

    FlushingLog(BufferedWriter out, Clock clock) {
        this.out = out;
        this.clock = clock;
        this.lastFlush = clock.millis();
    }

    void write(String line) throws IOException {
        out.write(line);
        out.newLine();
        long now = clock.millis();
        if (now - lastFlush >= PERIOD_MS) {
            out.flush();
            lastFlush = now;
        }
    }

    void flush() throws IOException {
        out.flush();
    }
}
