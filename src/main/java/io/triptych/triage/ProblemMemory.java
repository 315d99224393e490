package io.triptych.triage;

import io.triptych.state.WriteFailures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import io.triptych.text.Instants;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What survives a restart: since when each open problem was seen ({@code problems-since.tsv}) and the
 * acknowledgements ({@code acknowledgements.tsv}), as tab-separated lines in the data folder. Written
 * whole to a temporary file then moved, so a crash never leaves half a file. Unreadable lines are skipped.
 */
public final class ProblemMemory {
    private final Path dir;
    private volatile WriteFailures failures = WriteFailures.STDERR;
    private final boolean readOnly;

    public ProblemMemory(Path dir) {
        this(dir, false);
    }

    private ProblemMemory(Path dir, boolean readOnly) {
        this.dir = dir;
        this.readOnly = readOnly;
    }

    /** Reads what the window remembered, never writes: for a report made by a cron job. */
    /** The folder it keeps its files in (named in messages when a save fails). */
    public Path dir() {
        return dir;
    }

    /** Where a failed save is reported (standard error until the window passes its state log). */
    public void failuresTo(WriteFailures failures) {
        this.failures = failures;
    }

    /** Reports a save that failed: the board goes on without it, but the failure is said. */
    void failed(Exception e) {
        failures.failed(WriteFailures.PROBLEMS, dir, e);
    }

    public static ProblemMemory readOnly(Path dir) {
        return new ProblemMemory(dir, true);
    }

    public Map<String, Instant> loadSince() {
        Map<String, Instant> out = new java.util.HashMap<>();
        for (String[] f : read("problems-since.tsv", 2, 2)) {
            out.put(unescape(f[1]), Instants.parse(f[0]));
        }
        return out;
    }

    public Map<String, Acknowledgement> loadAcks() {
        Map<String, Acknowledgement> out = new java.util.HashMap<>();
        for (String[] f : read("acknowledgements.tsv", 3, 4)) { // older files have no "by"
            out.put(unescape(f[1]), new Acknowledgement(unescape(f[2]), Instants.parse(f[0]),
                    f.length > 3 ? unescape(f[3]) : ""));
        }
        return out;
    }

    public void save(Map<String, Instant> since, Map<String, Acknowledgement> acks) throws IOException {
        if (readOnly) {
            return;
        }
        List<String> s = new ArrayList<>();
        since.forEach((k, at) -> s.add(at + "\t" + escape(k)));
        write("problems-since.tsv", s);
        List<String> a = new ArrayList<>();
        acks.forEach((k, ack) -> a.add(ack.at() + "\t" + escape(k) + "\t" + escape(ack.note()) + "\t" + escape(ack.by())));
        write("acknowledgements.tsv", a);
    }

    private List<String[]> read(String name, int fewest, int most) {
        Path p = dir.resolve(name);
        List<String[]> out = new ArrayList<>();
        if (!Files.isRegularFile(p)) {
            return out;
        }
        try {
            for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t", -1);
                if (f.length >= fewest && f.length <= most) {
                    try {
                        Instants.parse(f[0]); // no formatter: thousands of lines at scale (io.triptych.text.Instants)
                        out.add(f);
                    } catch (RuntimeException skipped) {
                        // a damaged line costs one entry, not the file
                    }
                }
            }
        } catch (IOException e) {
            return out; // unreadable: start fresh rather than refuse to start
        }
        return out;
    }

    private void write(String name, List<String> lines) throws IOException {
        Files.createDirectories(dir);
        Path tmp = dir.resolve(name + ".tmp");
        Files.write(tmp, lines, StandardCharsets.UTF_8);
        Files.move(tmp, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
    }

    static String unescape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(n == 't' ? '\t' : n == 'n' ? '\n' : n);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
