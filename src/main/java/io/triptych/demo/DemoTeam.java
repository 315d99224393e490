package io.triptych.demo;

import io.triptych.domain.Acknowledged;
import io.triptych.team.IncidentRequest;
import io.triptych.team.IncidentTracker;
import io.triptych.team.TeamException;
import io.triptych.team.TeamIncident;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The demo site's team: an in-memory incident tracker shared with invented colleagues on other consoles
 * ({@link DemoTeamScript}), moving on the demo world's clock like every demo source, so the same clock
 * readings give the same incidents. Incidents opened from the window get a demo number and a demo URL;
 * titles say DEMO. Thread-safe: one lock.
 */
public final class DemoTeam implements IncidentTracker {
    static final String PROJECT_URL = "https://gitlab.example.org/svom/fsc/ops-incidents";
    static final long FIRST_NUMBER = 231;
    private static final String ME_NAME = DemoTeamScript.ME;
    private static final DateTimeFormatter HMS = DateTimeFormatter.ofPattern("HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final Clock clock;
    private final Timeline timeline;
    private final List<DemoIncident> incidents = new ArrayList<>();
    private long next = FIRST_NUMBER;

    /** The team of a demo world: its colleagues act on the world's clock, from its start. */
    public DemoTeam(DemoWorld world) {
        this(world.clock(), world.start());
    }

    DemoTeam(Clock clock, Instant start) {
        this.clock = clock;
        this.timeline = new Timeline(start);
        DemoTeamScript.install(timeline, this);
    }

    @Override
    public synchronized List<TeamIncident> openIncidents() {
        advance();
        return incidents.stream().filter(DemoIncident::open).map(DemoIncident::view).toList();
    }

    @Override
    public synchronized TeamIncident findOrOpen(IncidentRequest request) {
        advance();
        return openAs(ME_NAME, request.problemKey(), request.title()).view();
    }

    @Override
    public synchronized TeamIncident acknowledge(TeamIncident incident, String note) throws TeamException {
        advance();
        DemoIncident i = known(incident);
        acknowledge(ME_NAME, i, note);
        return i.view();
    }

    @Override
    public synchronized TeamIncident unacknowledge(TeamIncident incident) throws TeamException {
        advance();
        DemoIncident i = known(incident);
        i.acknowledged = null;
        i.notes.add(ME_NAME + ": acknowledgement withdrawn");
        return i.view();
    }

    @Override
    public synchronized void cleared(TeamIncident incident, Instant at, boolean close) throws TeamException {
        advance();
        DemoIncident i = known(incident);
        cleared(i, at, close);
    }

    @Override
    public synchronized String postHandover(String title, String markdown) {
        advance();
        return PROJECT_URL + "/-/issues/" + (FIRST_NUMBER - 1);
    }

    @Override
    public String me() {
        return ME_NAME;
    }

    /** Every note of an incident, oldest first ("who: text"); empty for an unknown number. */
    synchronized List<String> notes(long number) {
        advance();
        return incidents.stream().filter(i -> i.number == number).findFirst().map(i -> List.copyOf(i.notes))
                .orElse(List.of());
    }

    /** The open incident of a problem, or a new one (a colleague's console or this one). */
    DemoIncident openAs(String who, String problemKey, String title) {
        Optional<DemoIncident> open = find(problemKey);
        if (open.isPresent()) {
            return open.get();
        }
        long number = next++;
        DemoIncident i = new DemoIncident(problemKey, number, "DEMO " + title, PROJECT_URL + "/-/issues/" + number,
                timeline.now(), who);
        i.notes.add(who + ": opened");
        incidents.add(i);
        return i;
    }

    /** A colleague acknowledges the problem's open incident; nothing when none is open. */
    void acknowledgeAs(String who, String problemKey, String note) {
        find(problemKey).ifPresent(i -> acknowledge(who, i, note));
    }

    private void acknowledge(String who, DemoIncident i, String note) {
        String text = note == null ? "" : note;
        i.acknowledged = new Acknowledged(who, timeline.now(), text, i.url);
        i.notes.add("acknowledged by " + who + (text.isEmpty() ? "" : ": " + text));
    }

    /** A colleague's console saw the problem clear and closes its incident (the demo says close-on-clear). */
    void clearedSeen(String problemKey) {
        find(problemKey).ifPresent(i -> cleared(i, timeline.now(), true));
    }

    /** Once per clear: the other consoles that saw the same clear add nothing. */
    private void cleared(DemoIncident i, Instant at, boolean close) {
        if (!i.notes.isEmpty() && i.notes.get(i.notes.size() - 1).startsWith("cleared at ")) {
            return;
        }
        i.notes.add("cleared at " + HMS.format(at));
        if (close) {
            i.state = "closed";
        }
    }

    private Optional<DemoIncident> find(String problemKey) {
        return incidents.stream().filter(i -> i.open() && i.problemKey.equals(problemKey)).findFirst();
    }

    private DemoIncident known(TeamIncident incident) throws TeamException {
        return incidents.stream().filter(i -> i.number == incident.number()).findFirst()
                .orElseThrow(() -> new TeamException("no demo incident #" + incident.number()));
    }

    private void advance() {
        timeline.advanceTo(clock.instant());
    }
}
