package io.triptych.cli;

import io.triptych.concurrent.DaemonThreads;
import io.triptych.domain.SiteSnapshot;
import io.triptych.live.LiveSettings;
import io.triptych.live.LiveSite;
import io.triptych.live.SiteState;
import io.triptych.triage.TrackedProblem;
import io.triptych.source.EnvironmentSources;
import io.triptych.source.Site;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * {@code triptych status}: every source of the site fetched once, in parallel, then health, problems and
 * errors printed as text or JSON. Returns the exit code ({@link ExitCodes#of}); never exits the JVM.
 */
public final class StatusCommand {
    /** The whole command's patience unless --timeout says otherwise: a hung source must not hold a script. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    /**
     * The site once, as the live layer published it, and its problems board.
     *
     * @param teamError why the team's tracker did not answer (one line); empty when it did or there is no team
     */
    record Fetched(SiteSnapshot snapshot, List<TrackedProblem> problems, java.util.Optional<String> teamError) {
        Fetched(SiteSnapshot snapshot, List<TrackedProblem> problems) {
            this(snapshot, problems, java.util.Optional.empty());
        }
    }

    /** What a command does with the live site once every source answered (or the timeout passed). */
    @FunctionalInterface
    interface AfterFetch<T> {
        T with(LiveSite live, SiteSnapshot snapshot) throws InterruptedException;
    }

    private final Duration timeout;
    private final SiteState state;

    public StatusCommand() {
        this(DEFAULT_TIMEOUT);
    }

    /**
     * @param timeout the longest wait for all sources together unless {@code --timeout} is given; a section
     *                still running then is reported unreachable
     */
    public StatusCommand(Duration timeout) {
        this(timeout, SiteState.none());
    }

    /**
     * @param state what the window remembered (acknowledgements, drift checks), read and never written: the
     *              problems and health printed are the ones the window shows
     */
    public StatusCommand(Duration timeout, SiteState state) {
        this.timeout = timeout;
        this.state = state;
    }

    /** Prints the status on {@code out}, or a one-line refusal on {@code err}; returns the exit code. */
    public int run(Site site, Invocation invocation, PrintStream out, PrintStream err) {
        Site scope;
        try {
            scope = restrict(site, invocation);
        } catch (ArgumentException e) {
            return Errors.print(List.of(e.getMessage()), err);
        }
        SiteSnapshot snapshot;
        Fetched fetched;
        try {
            fetched = fetchOnce(scope, invocation.timeout().orElse(timeout), state);
            snapshot = fetched.snapshot();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Errors.print(List.of("triptych: status interrupted"), err);
        }
        if (invocation.json()) {
            StatusJson.write(snapshot, out);
        } else {
            StatusText.write(snapshot, out);
            fetched.teamError().ifPresent(line -> out.println("\nteam: incidents unavailable — " + line));
        }
        return ExitCodes.of(snapshot);
    }

    /** The site, or only the environment {@code --env} names: the others are not even fetched. */
    static Site restrict(Site site, Invocation invocation) throws ArgumentException {
        if (invocation.env().isEmpty()) {
            return site;
        }
        String id = invocation.env().get();
        List<EnvironmentSources> one = site.environments().stream()
                .filter(e -> e.environment().id().equals(id)).toList();
        if (one.isEmpty()) {
            List<String> ids = site.environments().stream().map(e -> e.environment().id()).toList();
            throw new ArgumentException("triptych: unknown environment '" + id + "' (use "
                    + (ids.isEmpty() ? "no --env: the site has no environment" : Values.or(ids)) + ")");
        }
        return new Site(site.name(), site.demo(), site.refresh(), one, site.team());
    }

    /** Every source of the site once, in parallel, on threads of its own; the same for status and report. */
    static Fetched fetchOnce(Site site, Duration timeout, SiteState state) throws InterruptedException {
        return fetchOnce(site, timeout, state, (live, snapshot) -> new Fetched(snapshot, live.problems(),
                live.teamError()));
    }

    /**
     * Every source once, then {@code then} with the live site still running (ack and unack act through it);
     * the threads are stopped after, and the live site's clients closed.
     */
    static <T> T fetchOnce(Site site, Duration timeout, SiteState state, AfterFetch<T> then)
            throws InterruptedException {
        ScheduledExecutorService scheduler =
                Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("fetch-tick"));
        ExecutorService workers = Executors.newCachedThreadPool(DaemonThreads.named("fetch"));
        try {
            LiveSite live = new LiveSite(site, LiveSettings.of(site.refresh()), scheduler, workers, state);
            return then.with(live, live.fetchOnce(timeout));
        } finally {
            // A hung source keeps its thread: interrupt it, and daemon threads never hold the JVM open.
            workers.shutdownNow();
            scheduler.shutdownNow();
        }
    }
}
