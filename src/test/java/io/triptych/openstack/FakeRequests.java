package io.triptych.openstack;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The requests a {@link FakeOpenStack} received, as "GET /RegionOne/compute/v2.1/servers/detail?limit=2". */
public final class FakeRequests {
    private final List<String> lines = new CopyOnWriteArrayList<>();

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
