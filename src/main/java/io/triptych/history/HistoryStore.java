package io.triptych.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Every transition the console observed, kept for {@code keepDays}: one JSON-lines file per UTC day
 * ({@code history/2026-11-25.jsonl}), appended to, deleted whole when older than the window. Survives
 * restarts; needs no database. Thread-safe; call off the FX thread (it does file I/O).
 */
public final class HistoryStore {
    public static final int DEFAULT_DAYS = 14;
    private final Path dir;
    private final int keepDays;
    private LocalDate prunedOn;

    public HistoryStore(Path dir, int keepDays) {
        this.dir = dir;
        this.keepDays = Math.max(1, keepDays);
    }

    /** The store under a data folder: {@code DATA/history}. */
    public static HistoryStore under(Path dataDir) {
        return new HistoryStore(dataDir.resolve("history"), DEFAULT_DAYS);
    }

    public Path dir() {
        return dir;
    }

    public boolean exists() {
        return Files.isDirectory(dir);
    }

    /** Appends; prunes first on the first append of each day. */
    public synchronized void record(Transition t) throws IOException {
        LocalDate day = day(t.at());
        if (!day.equals(prunedOn)) {
            prune(t.at());
        }
        Files.createDirectories(dir);
        Files.writeString(file(day), TransitionJson.write(t) + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** Transitions in [from, to], oldest first. Unreadable lines are skipped. */
    public synchronized List<Transition> read(Instant from, Instant to) {
        List<Transition> out = new ArrayList<>();
        for (LocalDate d = day(from); !d.isAfter(day(to)); d = d.plusDays(1)) {
            Path f = file(d);
            if (!Files.isRegularFile(f)) {
                continue;
            }
            try {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    TransitionJson.read(line).filter(t -> !t.at().isBefore(from) && !t.at().isAfter(to))
                            .ifPresent(out::add);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        out.sort(Comparator.comparing(Transition::at));
        return out;
    }

    /** Deletes day files older than the window; returns how many went. */
    public synchronized int prune(Instant now) throws IOException {
        prunedOn = day(now);
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        LocalDate oldest = day(now).minusDays(keepDays - 1L);
        int n = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.jsonl")) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                try {
                    if (LocalDate.parse(name.substring(0, name.length() - 6)).isBefore(oldest)) {
                        Files.delete(f);
                        n++;
                    }
                } catch (RuntimeException notOurs) {
                    // a file we did not write: leave it
                }
            }
        }
        return n;
    }

    private Path file(LocalDate day) {
        return dir.resolve(day + ".jsonl");
    }

    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }
}
