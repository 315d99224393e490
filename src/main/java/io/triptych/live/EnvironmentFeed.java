package io.triptych.live;

import io.triptych.domain.EnvironmentSnapshot;
import io.triptych.domain.Pipeline;
import io.triptych.domain.SecurityGroup;
import io.triptych.domain.Section;
import io.triptych.domain.SectionKind;
import io.triptych.domain.Server;
import io.triptych.domain.Service;
import io.triptych.domain.Volume;
import io.triptych.source.EnvironmentSources;
import io.triptych.source.Watched;
import io.triptych.domain.Health;
import io.triptych.triage.SnapshotAssembler;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The five pollers of one environment; whenever a section changes, has the site's board assess the
 * sections (rules once, drift and acknowledgements counted) and publishes the result.
 */
final class EnvironmentFeed {
    private final EnvironmentSources sources;
    private final LiveSettings settings;
    private final Consumer<SnapshotAssembler.Assessed> publish;
    private final SiteBoard board;
    private EnvironmentSnapshot draft; // the sections as last fetched, before assessment
    private volatile EnvironmentSnapshot last; // as last published
    private final List<SectionPoller<?>> pollers = new ArrayList<>();
    private final SectionPoller<Server> servers;
    private final SectionPoller<Volume> volumes;
    private final SectionPoller<SecurityGroup> groups;
    private final SectionPoller<Service> services;
    private final SectionPoller<Pipeline> pipelines;

    EnvironmentFeed(EnvironmentSources sources, Executor workers, LiveSettings settings, SiteBoard board,
                    Consumer<SnapshotAssembler.Assessed> publish) {
        this.sources = sources;
        this.settings = settings;
        this.board = board;
        this.publish = publish;
        servers = sources.cloud().map(c -> poller(SectionKind.SERVERS, c::servers, workers)).orElse(null);
        volumes = sources.cloud().map(c -> poller(SectionKind.VOLUMES, c::volumes, workers)).orElse(null);
        groups = sources.cloud().map(c -> poller(SectionKind.SECURITY_GROUPS, c::securityGroups, workers))
                .orElse(null);
        services = sources.services().map(s -> poller(SectionKind.SERVICES, s::services, workers)).orElse(null);
        pipelines = sources.pipelines().map(p -> poller(SectionKind.PIPELINES, p::pipelines, workers))
                .orElse(null);
        // A watched source (Kubernetes informers) says when its cache changed: fetch at the next tick
        // rather than at the next period. The fetch reads the cache, so this costs no API call.
        sources.services(Watched.class).ifPresent(w -> w.onChange(() -> services.due(settings.clock().instant())));
        draft = draft();
        last = new EnvironmentSnapshot(draft.environment(), draft.servers(), draft.volumes(),
                draft.securityGroups(), draft.services(), draft.pipelines(), List.of(),
                Health.UNKNOWN, draft.at()); // nothing answered yet
    }

    private <T extends io.triptych.domain.Item> SectionPoller<T> poller(
            SectionKind kind, java.util.concurrent.Callable<List<T>> fetch, Executor workers) {
        SectionPoller<T> p = new SectionPoller<>(kind, fetch, workers, settings, s -> changed());
        pollers.add(p);
        return p;
    }

    String id() {
        return sources.environment().id();
    }

    EnvironmentSources sources() {
        return sources;
    }

    void tick(Instant now) {
        pollers.forEach(p -> p.tick(now));
    }

    void due(Instant now) {
        pollers.forEach(p -> p.due(now));
    }

    /** One section due at the next tick (a pipeline the user watches while it runs). */
    void due(SectionKind kind, Instant now) {
        pollers.stream().filter(p -> p.kind() == kind).forEach(p -> p.due(now));
    }

    List<CountDownLatch> fetchAll(Instant now) {
        return pollers.stream().map(p -> p.fetchNow(now)).toList();
    }

    /** Frees what the sources hold (clients, pools, informers) when the site is closed; says which failed. */
    List<String> closeSources() {
        return sources.closeAll().stream().map(f -> id() + " " + f).toList();
    }

    void giveUp(Instant now, String why) {
        pollers.forEach(p -> p.giveUp(now, why));
    }

    /**
     * A section changed: assess and publish, one change at a time per environment so snapshots reach the
     * listeners in the order they were made.
     */
    private synchronized void changed() {
        draft = draft();
        publish(board.assess(draft));
    }

    /** The drift check changed: the rules run again on the same sections (the drift finding may come or go). */
    synchronized void reassessDrift() {
        publish(board.assess(draft));
    }

    /** An acknowledgement changed what counts: the same problems, no rule run, the health again. */
    synchronized void reassessAcknowledgements() {
        publish(board.reassess(draft));
    }

    private void publish(SnapshotAssembler.Assessed a) {
        last = a.snapshot();
        publish.accept(a);
    }

    /** As last published: what the listeners saw. */
    EnvironmentSnapshot snapshot() {
        return last;
    }

    private EnvironmentSnapshot draft() {
        return new EnvironmentSnapshot(sources.environment(),
                section(servers, SectionKind.SERVERS), section(volumes, SectionKind.VOLUMES),
                section(groups, SectionKind.SECURITY_GROUPS), section(services, SectionKind.SERVICES),
                section(pipelines, SectionKind.PIPELINES), List.of(), null, settings.clock().instant());
    }

    private static <T extends io.triptych.domain.Item> Section<T> section(SectionPoller<T> p, SectionKind kind) {
        return p == null ? Section.absent(kind) : p.section();
    }
}
