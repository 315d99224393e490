package io.triptych.state;

import io.triptych.text.OneLine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.function.Consumer;

/**
 * The visible trace of failed state writes: a line appended to {@code state-errors.log} in the site's data
 * folder, and the failure handed to whoever shows it (the window's status bar). Thread-safe: writers call
 * it from worker threads.
 */
public final class StateLog implements WriteFailures {
    public static final String FILE_NAME = "state-errors.log";

    /** One failure: what was not kept, where, and why in one line. */
    public record Failure(String what, Path file, String reason) {
    }

    private final Path file;
    private final Clock clock;
    private volatile Consumer<Failure> shown = f -> { };

    public StateLog(Path dataDir, Clock clock) {
        this.file = dataDir.resolve(FILE_NAME);
        this.clock = clock;
    }

    public Path file() {
        return file;
    }

    /** Who shows the latest failure (one at a time: a reloaded window replaces the previous one). */
    public void show(Consumer<Failure> shower) {
        shown = shower;
    }

    @Override
    public void failed(String what, Path target, Exception e) {
        Failure f = new Failure(what, target, OneLine.of(e));
        String line = clock.instant() + " could not save " + what + " to " + target + ": " + f.reason();
        synchronized (this) {
            try {
                Files.createDirectories(file.getParent());
                Files.writeString(file, line + System.lineSeparator(), StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException | RuntimeException again) {
                System.err.println("triptych: " + line); // the log itself cannot be written: the terminal then
            }
        }
        shown.accept(f);
    }
}
