package io.triptych.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Headless commands print their result and nothing else: java.util.logging records (a library's INFO line,
 * vert.x's "thread blocked" warnings with their stack traces when fabric8's event loop is slow) go to a file
 * under the data folder instead of the console handler on stderr. The file is opened on the first record,
 * so a quiet run creates nothing; if it cannot be opened, the records are dropped.
 */
final class HeadlessLogging {
    private HeadlessLogging() {
    }

    static void install(Path file) {
        Logger root = Logger.getLogger("");
        for (Handler h : root.getHandlers()) {
            if (h instanceof ConsoleHandler) {
                root.removeHandler(h);
                h.close();
            }
        }
        root.addHandler(new OnFirstRecord(file));
    }

    /** A size-capped log file (1 MB, appended) opened when the first record arrives. */
    private static final class OnFirstRecord extends Handler {
        private final Path file;
        private Handler target;
        private boolean unavailable;

        OnFirstRecord(Path file) {
            this.file = file;
        }

        @Override
        public synchronized void publish(LogRecord record) {
            if (!isLoggable(record) || unavailable) {
                return;
            }
            if (target == null) {
                try {
                    Files.createDirectories(file.toAbsolutePath().getParent());
                    target = new FileHandler(file.toString().replace("%", "%%"), 1_000_000, 1, true);
                    target.setFormatter(new SimpleFormatter());
                } catch (IOException | RuntimeException e) {
                    unavailable = true;
                    return;
                }
            }
            target.publish(record);
        }

        @Override
        public synchronized void flush() {
            if (target != null) {
                target.flush();
            }
        }

        @Override
        public synchronized void close() {
            if (target != null) {
                target.close();
            }
        }
    }
}
