package io.triptych.gitlab;

import io.triptych.config.GitLabConfig;
import io.triptych.config.TeamConfig;
import io.triptych.domain.Acknowledged;
import io.triptych.source.RequestCounting;
import io.triptych.team.IncidentRequest;
import io.triptych.team.IncidentTracker;
import io.triptych.team.TeamException;
import io.triptych.team.TeamIncident;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.gitlab4j.api.models.Issue;
import org.gitlab4j.api.models.IssueFilter;
import org.gitlab4j.api.models.Note;
import org.gitlab4j.api.models.User;
import org.gitlab4j.models.Constants;

/**
 * The team's incidents as issues of type incident in one GitLab project (the site file's team block), through
 * gitlab4j's typed Issues, Notes and Users APIs. Every Triptych incident carries the label {@value #MARK} and
 * the team's labels: one list of open issues with those labels is the whole poll. An acknowledgement is the
 * label {@value #ACKNOWLEDGED} and the acknowledger self-assigned (both in that list), and a note
 * "acknowledged by X: note" whose text and time are read only when the issue changed since it was last read,
 * at most {@value #NOTE_READS_PER_POLL} per poll. Never two open incidents for a key: find before create, and
 * the later of two raced ones is closed as a duplicate of the earlier.
 */
public final class GitLabIncidentTracker implements IncidentTracker, RequestCounting {
    static final String MARK = "triptych-incident";
    static final String ACKNOWLEDGED = "triptych-acknowledged";
    static final String CLEARED = "triptych-cleared";
    static final String HANDOVER = "triptych-handover";
    static final int NOTE_READS_PER_POLL = 3;
    private static final int PAGE = 100;

    /** An acknowledgement read from its note, valid while the issue's updated_at stays the same. */
    private record Read(Date updatedAt, Acknowledged ack) {
    }

    private final Connection connection;
    private final TeamConfig config;
    private final Clock clock;
    private final Map<Long, Read> reads = new ConcurrentHashMap<>();
    private volatile User me;

    /** @param limits the site's 429 gate: a rate-limited server holds back the pipelines and the team alike */
    public GitLabIncidentTracker(TeamConfig config, Function<String, String> env, RateLimits limits) {
        this(config, env, limits, GitLabTuning.defaults());
    }

    GitLabIncidentTracker(TeamConfig config, Function<String, String> env, RateLimits limits, GitLabTuning tuning) {
        this.config = config;
        this.clock = tuning.clock();
        this.connection = new Connection(new GitLabConfig(config.url(), config.tokenEnv(), List.of(config.project()),
                Optional.empty()), env, limits, tuning);
    }

    private String project() {
        return config.project();
    }

    /** The filter that finds this team's incidents, and the labels every one of them carries. */
    private List<String> teamLabels() {
        List<String> labels = new ArrayList<>(config.labels());
        labels.add(MARK);
        return labels;
    }

    @Override
    public List<TeamIncident> openIncidents() throws TeamException {
        int[] budget = {NOTE_READS_PER_POLL};
        List<TeamIncident> out = new ArrayList<>();
        for (Issue issue : listOpen()) {
            Optional<String> key = IncidentText.key(issue.getDescription());
            if (key.isPresent()) {
                out.add(incident(key.get(), issue, acknowledgement(issue, budget)));
            }
        }
        return out;
    }

    /** One request: the open issues of type incident with the team's labels, newest first. */
    private List<Issue> listOpen() throws TeamException {
        IssueFilter filter = new IssueFilter().withState(Constants.IssueState.OPENED).withLabels(teamLabels());
        List<Issue> issues = call(Call.teamRead("GET /projects/" + Connection.project(project()) + "/issues",
                project()), api -> api.getIssuesApi().getIssues(project(), filter, 1, PAGE));
        return issues.stream().filter(i -> "incident".equalsIgnoreCase(String.valueOf(i.getIssueType()))).toList();
    }

    private Acknowledged acknowledgement(Issue issue, int[] budget) throws TeamException {
        if (issue.getLabels() == null || !issue.getLabels().contains(ACKNOWLEDGED)) {
            reads.remove(issue.getIid());
            return null;
        }
        Read read = reads.get(issue.getIid());
        if (read != null && read.updatedAt() != null && read.updatedAt().equals(issue.getUpdatedAt())) {
            return read.ack();
        }
        if (budget[0] > 0) {
            budget[0]--;
            Optional<Acknowledged> fromNote = lastAcknowledgement(issue);
            if (fromNote.isPresent()) {
                reads.put(issue.getIid(), new Read(issue.getUpdatedAt(), fromNote.get()));
                return fromNote.get();
            }
        }
        // Not read yet (over this poll's budget): who, from the assignee, and since when the issue last changed.
        String by = issue.getAssignees() == null || issue.getAssignees().isEmpty() ? ""
                : issue.getAssignees().get(0).getUsername();
        return new Acknowledged(by, instant(issue.getUpdatedAt()), "", issue.getWebUrl());
    }

    /** The newest "acknowledged by" note (GitLab lists notes newest first). */
    private Optional<Acknowledged> lastAcknowledgement(Issue issue) throws TeamException {
        List<Note> notes = call(Call.teamRead("GET /projects/" + Connection.project(project()) + "/issues/"
                + issue.getIid() + "/notes", project()), api -> api.getNotesApi().getIssueNotes(project(),
                issue.getIid(), 1, 20));
        return notes.stream().filter(n -> !Boolean.TRUE.equals(n.getSystem()))
                .sorted(Comparator.comparing(Note::getCreatedAt, Comparator.nullsLast(Comparator.reverseOrder())))
                .flatMap(n -> IncidentText.acknowledgement(n.getBody()).map(a -> new Acknowledged(
                        n.getAuthor() == null ? a[0] : n.getAuthor().getUsername(), instant(n.getCreatedAt()), a[1],
                        issue.getWebUrl())).stream())
                .findFirst();
    }

    @Override
    public TeamIncident findOrOpen(IncidentRequest request) throws TeamException {
        Optional<Issue> known = earliest(listOpen(), request.problemKey());
        if (known.isPresent()) {
            return incident(request.problemKey(), known.get(), null);
        }
        List<String> labels = new ArrayList<>(teamLabels());
        labels.add("env:" + request.environmentId());
        labels.add("severity:" + request.severity().jsonName());
        Issue created = call(Call.teamAct("POST /projects/" + Connection.project(project()) + "/issues", project(),
                "open an incident"), api -> new IssueWrites(api).create(project(), request.title(),
                IncidentText.description(request), new ArrayList<>(new LinkedHashSet<>(labels)), "incident"));
        // Another console may have opened one for the same key at the same moment: the earlier one stays.
        Issue first = earliest(listOpen(), request.problemKey()).orElse(created);
        if (!first.getIid().equals(created.getIid())) {
            note(created.getIid(), "duplicate of #" + first.getIid(), "close duplicate incident #" + created.getIid());
            update(created.getIid(), null, null, null, "close", "close duplicate incident #" + created.getIid());
            return incident(request.problemKey(), first, null);
        }
        return incident(request.problemKey(), created, null);
    }

    private static Optional<Issue> earliest(List<Issue> issues, String key) {
        return issues.stream().filter(i -> IncidentText.key(i.getDescription()).filter(key::equals).isPresent())
                .min(Comparator.comparing(Issue::getIid));
    }

    @Override
    public TeamIncident acknowledge(TeamIncident incident, String note) throws TeamException {
        User user = user();
        String action = "acknowledge incident #" + incident.number();
        Note written = note(incident.number(), IncidentText.acknowledgementNote(user.getUsername(), note), action);
        Issue issue = update(incident.number(), ACKNOWLEDGED, CLEARED, List.of(user.getId()), null, action);
        Acknowledged ack = new Acknowledged(user.getUsername(), written.getCreatedAt() == null
                ? clock.instant().truncatedTo(ChronoUnit.SECONDS) : instant(written.getCreatedAt()),
                note == null ? "" : note.strip(), issue.getWebUrl());
        reads.put(issue.getIid(), new Read(issue.getUpdatedAt(), ack));
        return incident(incident.problemKey(), issue, ack);
    }

    @Override
    public TeamIncident unacknowledge(TeamIncident incident) throws TeamException {
        User user = user();
        String action = "take back the acknowledgement of incident #" + incident.number();
        note(incident.number(), "acknowledgement withdrawn by " + user.getUsername(), action);
        Issue before = call(Call.teamRead("GET /projects/" + Connection.project(project()) + "/issues/"
                + incident.number(), project()), api -> api.getIssuesApi().getIssue(project(), incident.number()));
        List<Long> others = before.getAssignees() == null ? List.of() : before.getAssignees().stream()
                .map(a -> a.getId()).filter(id -> !id.equals(user.getId())).toList();
        Issue issue = update(incident.number(), null, ACKNOWLEDGED, others, null, action);
        reads.remove(issue.getIid());
        return incident(incident.problemKey(), issue, null);
    }

    @Override
    public void cleared(TeamIncident incident, Instant at, boolean close) throws TeamException {
        String action = "mark incident #" + incident.number() + " cleared";
        Issue now = call(Call.teamRead("GET /projects/" + Connection.project(project()) + "/issues/"
                + incident.number(), project()), api -> api.getIssuesApi().getIssue(project(), incident.number()));
        if (now.getState() == Constants.IssueState.CLOSED
                || (now.getLabels() != null && now.getLabels().contains(CLEARED))) {
            return; // another console saw the same clear first
        }
        update(incident.number(), CLEARED, null, null, close ? "close" : null, action);
        note(incident.number(), "problem cleared at " + at.truncatedTo(ChronoUnit.SECONDS)
                + (close ? " — closed by Triptych (close-on-clear)" : ""), action);
    }

    @Override
    public String postHandover(String title, String markdown) throws TeamException {
        IssueFilter filter = new IssueFilter().withState(Constants.IssueState.OPENED).withSearch(title)
                .withLabels(List.of(HANDOVER));
        List<Issue> found = call(Call.teamRead("GET /projects/" + Connection.project(project()) + "/issues",
                project()), api -> api.getIssuesApi().getIssues(project(), filter, 1, PAGE));
        Optional<Issue> issue = found.stream().filter(i -> title.equals(i.getTitle())).findFirst();
        List<String> labels = new ArrayList<>(config.labels());
        labels.add(HANDOVER);
        Issue target = issue.isPresent() ? issue.get() : call(Call.teamAct("POST /projects/"
                + Connection.project(project()) + "/issues", project(), "open the handover issue"),
                api -> new IssueWrites(api).create(project(), title, "Shift handovers posted by Triptych.", labels,
                        "issue"));
        Note note = note(target.getIid(), markdown, "post the handover on issue #" + target.getIid());
        return target.getWebUrl() + (note.getId() == null ? "" : "#note_" + note.getId());
    }

    @Override
    public String me() throws TeamException {
        return user().getUsername();
    }

    private User user() throws TeamException {
        User u = me;
        if (u == null) {
            u = call(Call.teamRead("GET /user", project()), api -> api.getUserApi().getCurrentUser());
            me = u;
        }
        return u;
    }

    private Note note(long iid, String body, String action) throws TeamException {
        return call(Call.teamAct("POST /projects/" + Connection.project(project()) + "/issues/" + iid + "/notes",
                project(), action), api -> api.getNotesApi().createIssueNote(project(), iid, body));
    }

    private Issue update(long iid, String add, String remove, List<Long> assignees, String stateEvent, String action)
            throws TeamException {
        return call(Call.teamAct("PUT /projects/" + Connection.project(project()) + "/issues/" + iid, project(),
                action), api -> new IssueWrites(api).update(project(), iid, add, remove, assignees, stateEvent));
    }

    private TeamIncident incident(String key, Issue issue, Acknowledged ack) {
        Acknowledged a = ack;
        if (a == null && issue.getLabels() != null && issue.getLabels().contains(ACKNOWLEDGED)) {
            Read read = reads.get(issue.getIid());
            a = read == null ? new Acknowledged(issue.getAssignees() == null || issue.getAssignees().isEmpty() ? ""
                    : issue.getAssignees().get(0).getUsername(), instant(issue.getUpdatedAt()), "", issue.getWebUrl())
                    : read.ack();
        }
        return new TeamIncident(key, issue.getIid(), issue.getTitle(), issue.getWebUrl(),
                issue.getState() == Constants.IssueState.CLOSED ? "closed" : "opened", instant(issue.getCreatedAt()), a);
    }

    private static Instant instant(Date d) {
        return d == null ? null : d.toInstant();
    }

    private <T> T call(Call call, Connection.Typed<T> action) throws TeamException {
        try {
            return connection.typed(call, action);
        } catch (GitLabException e) {
            throw new TeamException(e.getMessage());
        }
    }

    @Override
    public long requestCount() {
        return connection.requests();
    }

    @Override
    public void close() {
        connection.close();
    }

    @Override
    public String toString() {
        return "GitLab project '" + project() + "' at " + connection.server() + " (token from " + config.tokenEnv() + ")";
    }
}
