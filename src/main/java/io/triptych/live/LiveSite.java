package io.triptych.live;

import io.triptych.domain.EnvironmentSnapshot;
import io.triptych.domain.SectionKind;
import io.triptych.domain.SiteSnapshot;
import io.triptych.source.EnvironmentSources;
import io.triptych.source.Site;
import io.triptych.triage.SnapshotAssembler;
import io.triptych.triage.TrackedProblem;
import io.triptych.triage.TriageBoard;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Keeps every (environment × section) of a site fresh on a worker pool and publishes one immutable
 * {@link EnvironmentSnapshot} per change, already assessed by the site's one problems board (its problems
 * and health count acknowledgements and drift). The only publisher: an acknowledgement or a drift check
 * is a command to it, and it republishes. Also owns the on-demand fetches (cluster facts, deployments),
 * the mutations ({@link #commands}) and the request counts. Listeners are called on worker threads: the UI
 * hops to the FX thread itself. One environment's slow source never delays another: each section has its
 * own poller.
 */
public final class LiveSite implements AutoCloseable {
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(LiveSite.class.getName());
    private final Site site;
    private final LiveSettings settings;
    private final ScheduledExecutorService scheduler;
    private final List<EnvironmentFeed> feeds;
    private final List<Consumer<EnvironmentSnapshot>> listeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<TriageBoard.Update>> problemListeners = new CopyOnWriteArrayList<>();
    private final SiteBoard board;
    private final Executor workers;
    private final OnDemand<ClusterState> cluster;
    private final OnDemand<List<io.triptych.domain.Deployment>> deployments;
    private final RequestRates requests;
    private final Optional<TeamFeed> team;
    /** A console that made write commands writes the team's cleared notes; a read-only one (or status) never. */
    private volatile boolean teamWrites;
    private ScheduledFuture<?> ticking;
    private final ActionLog audit;

    /** A site with no memory and no drift checks (tests, benchmarks, offscreen pictures). */
    public LiveSite(Site site, LiveSettings settings, ScheduledExecutorService scheduler, Executor workers) {
        this(site, settings, scheduler, workers, SiteState.none());
    }

    public LiveSite(Site site, LiveSettings settings, ScheduledExecutorService scheduler, Executor workers,
                    SiteState state) {
        this.site = site;
        this.settings = settings;
        this.scheduler = scheduler;
        this.workers = workers;
        this.board = new SiteBoard(state, site.team().isPresent());
        this.audit = state.audit();
        this.feeds = site.environments().stream()
                .map(e -> new EnvironmentFeed(e, workers, settings, board, this::publish)).toList();
        this.cluster = OnDemandSources.cluster(site, workers, settings);
        this.deployments = OnDemandSources.deployments(site, workers, settings);
        this.team = site.team().map(t -> new TeamFeed(t, workers, settings, this::teamChanged));
        this.requests = new RequestRates(site, team.map(t -> (java.util.function.LongSupplier) t::requestCount));
    }

    public Site site() {
        return site;
    }

    /** The site's name, as the window's title shows it. */
    public String siteName() {
        return site.name();
    }

    public boolean demo() {
        return site.demo();
    }

    /** Where the site's own files (history, problems memory) live under the data folder. */
    public String dataKey() {
        return site.dataKey();
    }

    /** The site's environments, in column order. */
    public List<io.triptych.domain.Environment> environments() {
        return site.environments().stream().map(EnvironmentSources::environment).toList();
    }

    public void addListener(Consumer<EnvironmentSnapshot> listener) {
        listeners.add(listener);
    }

    /**
     * Told, right after each snapshot, what it changed on the problems board (the environment's list, what
     * appeared or cleared): the problems list and notifications listen here. Worker threads.
     */
    public void addProblemsListener(Consumer<TriageBoard.Update> listener) {
        problemListeners.add(listener);
    }

    /** Every environment's problems as last published, with since-times and acknowledgements. */
    public List<TrackedProblem> problems() {
        return board.all();
    }

    /** Starts polling: every section is fetched at once, then on its own schedule. */
    public synchronized void start() {
        if (ticking == null) {
            ticking = scheduler.scheduleWithFixedDelay(this::tick, 0, 250, TimeUnit.MILLISECONDS);
        }
    }

    /** One scheduler step; public so tests can drive time by hand. */
    public void tick() {
        Instant now = settings.clock().instant();
        feeds.forEach(f -> f.tick(now));
        team.ifPresent(t -> t.tick(now));
        cluster.tick(now);
        deployments.tick(now);
        requests.tick(now);
    }

    /** Asks for a fetch of every section of one environment at the next tick (after an action, say). */
    public void refreshSoon(String environmentId) {
        Instant now = settings.clock().instant();
        feed(environmentId).ifPresent(f -> f.due(now));
    }

    /** Asks for a fetch of one section of one environment at the next tick; the others keep their pace. */
    public void refreshSoon(String environmentId, SectionKind kind) {
        Instant now = settings.clock().instant();
        feed(environmentId).ifPresent(f -> f.due(kind, now));
    }

    /**
     * Fetches every section once, in parallel, waiting at most {@code timeout} in all; a section still
     * running then is reported as hung. Used by the command line.
     */
    public SiteSnapshot fetchOnce(Duration timeout) throws InterruptedException {
        Instant now = settings.clock().instant();
        List<CountDownLatch> latches = new java.util.ArrayList<>(
                feeds.stream().flatMap(f -> f.fetchAll(now).stream()).toList());
        team.ifPresent(t -> latches.add(t.fetchNow()));
        long deadline = System.nanoTime() + timeout.toNanos();
        for (CountDownLatch latch : latches) {
            latch.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        }
        Instant end = settings.clock().instant();
        String why = "no answer within " + shortly(timeout);
        feeds.forEach(f -> f.giveUp(end, why));
        return snapshot();
    }

    /** "10s", "1m", "1500ms": as the command line's --timeout is written. */
    private static String shortly(Duration d) {
        if (d.toMillis() % 1000 != 0) {
            return d.toMillis() + "ms";
        }
        return d.getSeconds() >= 60 && d.getSeconds() % 60 == 0 ? d.toMinutes() + "m" : d.getSeconds() + "s";
    }

    public SiteSnapshot snapshot() {
        return new SiteSnapshot(site.name(), site.demo(), settings.clock().instant(),
                feeds.stream().map(EnvironmentFeed::snapshot).toList());
    }

    /** The mutations (actions on backends, acknowledgements), run on the live layer's workers. */
    public LiveCommands commands(boolean readOnly) {
        if (!readOnly) {
            teamWrites = true;
        }
        return new LiveCommands(this, workers, settings.clock(), readOnly, audit);
    }

    /** What each environment can do, read-only: the UI offers only that. */
    public Capabilities capabilities() {
        return capabilities(false);
    }

    /** As {@link #capabilities()}, for a console in read-only mode or not (read-only opens no incident). */
    public Capabilities capabilities(boolean readOnly) {
        return new Capabilities(this::sources, team.isPresent() && !readOnly);
    }

    /** Whether the site has a team: acknowledgements are then the team's, made on its incidents. */
    public boolean hasTeam() {
        return team.isPresent();
    }

    /** Why the team's tracker did not answer the last poll (one line, no secret); empty while it answers. */
    public Optional<String> teamError() {
        return team.flatMap(TeamFeed::error);
    }

    /** The team's open incidents as last polled (or just acted on here), by problem key. */
    public java.util.Map<String, io.triptych.team.TeamIncident> teamIncidents() {
        return team.map(TeamFeed::incidents).orElse(java.util.Map.of());
    }

    /** A cluster's nodes and recent Warning events, fetched when a view asks. */
    public OnDemand<ClusterState> cluster() {
        return cluster;
    }

    /** What GitLab says is deployed in each environment, fetched when a view asks. */
    public OnDemand<List<io.triptych.domain.Deployment>> deployments() {
        return deployments;
    }

    /** The console's own requests per minute on each environment's APIs. */
    public RequestRates requests() {
        return requests;
    }

    /** The drift check of an environment changed: its problems are assessed again and republished. */
    public void driftChanged(String environmentId) {
        feed(environmentId).ifPresent(f -> workers.execute(f::reassessDrift));
    }

    /** Acknowledges a problem (worker thread); every environment is republished with what now counts. */
    void acknowledge(String key, String note, Instant at) {
        board.acknowledge(key, note, at);
        reassess(key);
    }

    void unacknowledge(String key) {
        board.unacknowledge(key);
        reassess(key);
    }

    /** A problem's key starts with its environment's id: only that environment is republished. */
    private void reassess(String problemKey) {
        int bar = problemKey.indexOf('|');
        feed(bar < 0 ? problemKey : problemKey.substring(0, bar)).ifPresent(EnvironmentFeed::reassessAcknowledgements);
    }

    Optional<TeamFeed> teamFeed() {
        return team;
    }

    /** The problem a key names, as last assessed. */
    Optional<TrackedProblem> problem(String key) {
        return board.all().stream().filter(p -> p.key().equals(key)).findFirst();
    }

    /** What the problem's incident would say (English facts and links); empty when its environment is gone. */
    Optional<io.triptych.team.IncidentRequest> incidentRequest(TrackedProblem p) {
        return feed(p.environmentId()).map(f -> IncidentRequests.of(p, f.sources(), f.snapshot()));
    }

    /** The team's incidents changed: each problem's incident and acknowledgement follow, in those environments. */
    private void teamChanged(java.util.Set<String> environmentIds) {
        java.util.Map<String, io.triptych.triage.TriageBoard.Shared> shared = new java.util.HashMap<>();
        teamIncidents().forEach((key, i) -> shared.put(key, new io.triptych.triage.TriageBoard.Shared(i.toDomain(),
                i.acknowledged() == null ? null : new io.triptych.triage.Acknowledgement(i.acknowledged().note(),
                        i.acknowledged().at(), i.acknowledged().by(),
                        i.acknowledged().url() == null ? i.url() : i.acknowledged().url()))));
        board.shared(shared);
        environmentIds.forEach(id -> feed(id).ifPresent(EnvironmentFeed::reassessAcknowledgements));
    }

    /**
     * A problem with an open incident cleared: the console that sees it says so on the incident (and closes it
     * when the site file asks), unless it is read-only. The tracker skips an incident already marked cleared,
     * so the other consoles that saw the same clear add nothing.
     */
    private void clearedProblems(List<TrackedProblem> cleared) {
        if (team.isEmpty() || !teamWrites || cleared.isEmpty()) {
            return;
        }
        TeamFeed t = team.get();
        Instant at = settings.clock().instant();
        for (TrackedProblem p : cleared) {
            t.incident(p.key()).filter(io.triptych.team.TeamIncident::open).ifPresent(i -> workers.execute(() -> {
                try {
                    t.team().tracker().cleared(i, at, t.team().closeOnClear());
                } catch (Exception e) {
                    LOG.warning("the team's incident #" + i.number() + " was not told its problem cleared: "
                            + io.triptych.text.OneLine.of(e));
                }
            }));
        }
    }

    Optional<EnvironmentSources> sources(String environmentId) {
        return feed(environmentId).map(EnvironmentFeed::sources);
    }

    private Optional<EnvironmentFeed> feed(String environmentId) {
        return feeds.stream().filter(f -> f.id().equals(environmentId)).findFirst();
    }

    private void publish(SnapshotAssembler.Assessed assessed) {
        for (Consumer<EnvironmentSnapshot> l : listeners) {
            l.accept(assessed.snapshot());
        }
        for (Consumer<TriageBoard.Update> l : problemListeners) {
            l.accept(assessed.update());
        }
        clearedProblems(assessed.update().cleared());
    }

    /** Stops polling: no fetch starts after this returns (one in flight finishes or fails). */
    public synchronized void stop() {
        if (ticking != null) {
            ticking.cancel(false);
            ticking = null;
        }
    }

    /**
     * Stops polling and closes every source it was given (HTTP clients and their pools, Docker and Kubernetes
     * clients, informers), each on its own: one that fails to close never keeps another open. May block
     * while clients shut down: not on the FX thread.
     */
    @Override
    public void close() {
        stop();
        for (EnvironmentFeed f : feeds) {
            f.closeSources().forEach(failure -> LOG.warning("closing the sources of " + failure));
        }
        team.ifPresent(t -> {
            try {
                t.team().tracker().close();
            } catch (RuntimeException e) {
                LOG.warning("closing the team's tracker: " + io.triptych.text.OneLine.of(e));
            }
        });
    }
}
