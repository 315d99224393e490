package io.triptych.openstack;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The requests a {@link FakeOpenStack} received, as "GET /RegionOne/compute/v2.1/servers/detail?limit=2". */
public final class FakeRequests {
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final List<Posted> posted = new CopyOnWriteArrayList<>();

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

    void add(String method, String path, String query) {
        lines.add(method + " " + path + (query == null ? "" : "?" + query));
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
    }
}
