package io.triptych.openstack;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The requests a {@link FakeOpenStack} received, as "GET /RegionOne/compute/v2.1/servers/detail?limit=2". */
public final class FakeRequests {
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final List<Posted> posted = new CopyOnWriteArrayList<>();
    private final List<Timed> timed = new CopyOnWriteArrayList<>();

    /**
     * A request as the cloud served it: its line, when it arrived and when its answer was written (System.nanoTime),
     * for benchmarks that derive the chain of dependent requests from the log.
     */
    public record Timed(String line, long receivedNanos, long answeredNanos) {
        public long millis() {
            return (answeredNanos - receivedNanos) / 1_000_000;
        }
    }

    void answered(String line, long receivedNanos) {
        timed.add(new Timed(line, receivedNanos, System.nanoTime()));
    }

    /** Every request answered so far with its timing, in the order the answers were written. */
    public List<Timed> timed() {
        return List.copyOf(timed);
    }

    /** A POST the cloud received: its line, its JSON body, its compute microversion header (or null). */
    public record Posted(String line, String body, String microversion) {
    }

    void posted(String line, String body, String microversion) {
        posted.add(new Posted(line, body, microversion));
    }

    /** The POSTs received below the compute endpoint (server actions, remote consoles), in order. */
    public List<Posted> computePosts() {
        return posted.stream().filter(p -> p.line().contains("/compute/")).toList();
    }

    String add(String method, String path, String query) {
        String line = method + " " + path + (query == null ? "" : "?" + query);
        lines.add(line);
        return line;
    }

    public List<String> all() {
        return List.copyOf(lines);
    }

    /** Requests whose line contains {@code part} ("/servers/detail", "/auth/tokens", "/RegionTwo/"). */
    public int count(String part) {
        return (int) lines.stream().filter(l -> l.contains(part)).count();
    }

    public int total() {
        return lines.size();
    }

    public void clear() {
        lines.clear();
        timed.clear();
    }
}
