package io.triptych.ui;

import io.triptych.domain.Acknowledged;
import io.triptych.team.IncidentRequest;
import io.triptych.team.IncidentTracker;
import io.triptych.team.TeamException;
import io.triptych.team.TeamIncident;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A team's tracker in memory, as every console of the team would share it: what the window asked of it is
 * recorded (worker threads write, the test reads), and a test plays "another console" by acknowledging an
 * incident directly. {@link #refuse} makes every change fail as a tracker that said no.
 */
final class MemoryTracker implements IncidentTracker {
    static final String URL = "https://gitlab.example.org/ops/incidents/-/issues/";
    final List<String> opened = new CopyOnWriteArrayList<>();
    final List<String> acknowledged = new CopyOnWriteArrayList<>();
    private final Map<String, TeamIncident> byKey = new ConcurrentHashMap<>();
    private volatile String refusal;
    private long next = 41;

    void refuse(String why) {
        refusal = why;
    }

    /** Another console opened the problem's incident and acknowledged it. */
    synchronized TeamIncident acknowledgedElsewhere(String problemKey, String by, Instant at, String note) {
        TeamIncident i = open(problemKey, "elsewhere");
        TeamIncident acked = new TeamIncident(i.problemKey(), i.number(), i.title(), i.url(), i.state(), i.openedAt(),
                new Acknowledged(by, at, note, i.url()));
        byKey.put(problemKey, acked);
        return acked;
    }

    @Override
    public List<TeamIncident> openIncidents() {
        return byKey.values().stream().filter(TeamIncident::open).toList();
    }

    @Override
    public synchronized TeamIncident findOrOpen(IncidentRequest request) throws TeamException {
        refused();
        opened.add(request.problemKey());
        return open(request.problemKey(), request.title());
    }

    private TeamIncident open(String key, String title) {
        return byKey.computeIfAbsent(key, k -> {
            long n = next++;
            return new TeamIncident(k, n, title, URL + n, "opened", Instant.EPOCH, null);
        });
    }

    @Override
    public synchronized TeamIncident acknowledge(TeamIncident incident, String note) throws TeamException {
        refused();
        acknowledged.add(incident.problemKey() + ": " + note);
        TeamIncident acked = new TeamIncident(incident.problemKey(), incident.number(), incident.title(),
                incident.url(), incident.state(), incident.openedAt(),
                new Acknowledged(me(), Instant.now(), note, incident.url()));
        byKey.put(incident.problemKey(), acked);
        return acked;
    }

    @Override
    public synchronized TeamIncident unacknowledge(TeamIncident incident) throws TeamException {
        refused();
        TeamIncident i = new TeamIncident(incident.problemKey(), incident.number(), incident.title(), incident.url(),
                incident.state(), incident.openedAt(), null);
        byKey.put(incident.problemKey(), i);
        return i;
    }

    @Override
    public void cleared(TeamIncident incident, Instant at, boolean close) {
    }

    @Override
    public String postHandover(String title, String markdown) {
        return URL + "1";
    }

    @Override
    public String me() {
        return "me@console";
    }

    private void refused() throws TeamException {
        if (refusal != null) {
            throw new TeamException(refusal);
        }
    }
}
