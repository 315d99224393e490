package io.triptych.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.domain.DriftCheck;
import io.triptych.domain.EnvironmentSnapshot;
import io.triptych.domain.Health;
import io.triptych.domain.Problem;
import io.triptych.domain.SiteSnapshot;
import io.triptych.testing.FakeSite;
import io.triptych.triage.MessageLookup;
import io.triptych.triage.ProblemMemory;
import io.triptych.triage.TrackedProblem;
import io.triptych.triage.TriageBoard;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live layer owns the site's one problems board: the snapshot it publishes carries exactly the board's
 * problems (drift finding and acknowledgements included) and the board's health, and an acknowledgement
 * is republished by the live layer itself, once.
 */
class OneBoardTest {
    @TempDir
    Path dir;

    private final FakeSite fake = new FakeSite();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final Map<String, DriftCheck> drift = new ConcurrentHashMap<>();
    private final List<EnvironmentSnapshot> published = new CopyOnWriteArrayList<>();
    private final List<TriageBoard.Update> updates = new CopyOnWriteArrayList<>();
    private LiveSite live;

    @AfterEach
    void stop() {
        live.close();
        scheduler.shutdownNow();
    }

    private LiveSite live() {
        live = new LiveSite(fake.site(), LiveSettings.of(Duration.ofSeconds(30)), scheduler, Runnable::run,
                new SiteState(new ProblemMemory(dir), env -> Optional.ofNullable(drift.get(env)), "alice"));
        live.addListener(published::add);
        live.addProblemsListener(updates::add);
        return live;
    }

    @Test
    void theSnapshotsProblemsAreTheBoardsWithAnAcknowledgementAndADrift() throws Exception {
        fake.preproduction.setServerStatus("pp-web-01", "ERROR");
        drift.put("production", new DriftCheck(DriftCheck.Status.DRIFTED, 3, "", Instant.parse("2026-11-25T09:00:00Z")));
        live();
        live.fetchOnce(Duration.ofSeconds(5));
        TrackedProblem error = live.problems().stream().filter(p -> p.finding().subject().equals("pp-web-01"))
                .findFirst().orElseThrow();
        live.commands(false).acknowledge(error.key(), "rebuild planned");

        SiteSnapshot site = live.snapshot();
        for (EnvironmentSnapshot s : site.environments()) {
            assertThat(s.problems()).as(s.environment().id())
                    .isEqualTo(asSnapshotProblems(live.problems(), s.environment().id()));
        }
        EnvironmentSnapshot pp = env(site, "preproduction");
        assertThat(pp.problems()).singleElement().satisfies(p -> {
            assertThat(p.acknowledged()).isNotNull();
            assertThat(p.acknowledged().note()).isEqualTo("rebuild planned");
            assertThat(p.acknowledged().by()).isEqualTo("alice");
        });
        assertThat(pp.health()).as("an acknowledged problem no longer raises health").isEqualTo(Health.OK);
        EnvironmentSnapshot prod = env(site, "production");
        assertThat(prod.problems()).extracting(Problem::subject).containsExactly("terraform");
        assertThat(prod.health()).as("drift counts in the published health").isEqualTo(Health.DEGRADED);
    }

    @Test
    void anAcknowledgementIsPublishedOnceByTheLiveLayer() throws Exception {
        fake.preproduction.setServerStatus("pp-web-01", "ERROR");
        live();
        live.fetchOnce(Duration.ofSeconds(5));
        int before = published.size();
        TrackedProblem error = live.problems().get(0);

        live.commands(false).acknowledge(error.key(), "known");

        assertThat(published.subList(before, published.size())).singleElement().satisfies(s -> {
            assertThat(s.environment().id()).isEqualTo("preproduction");
            assertThat(s.health()).isEqualTo(Health.OK);
            assertThat(s.problems()).singleElement().extracting(p -> p.acknowledged().note()).isEqualTo("known");
        });
        assertThat(updates.get(updates.size() - 1).problems()).singleElement()
                .satisfies(p -> assertThat(p.acknowledged()).isTrue());

        live.commands(false).unacknowledge(error.key());

        assertThat(published.get(published.size() - 1).health()).isEqualTo(Health.DEGRADED);
        assertThat(published.get(published.size() - 1).problems()).singleElement()
                .satisfies(p -> assertThat(p.acknowledged()).isNull());
    }

    @Test
    void aNewDriftCheckIsRepublishedWithItsProblem() throws Exception {
        live();
        live.fetchOnce(Duration.ofSeconds(5));
        assertThat(env(live.snapshot(), "production").health()).isEqualTo(Health.OK);

        drift.put("production", new DriftCheck(DriftCheck.Status.DRIFTED, 1, "", Instant.parse("2026-11-25T09:00:00Z")));
        live.driftChanged("production");

        EnvironmentSnapshot last = published.get(published.size() - 1);
        assertThat(last.environment().id()).isEqualTo("production");
        assertThat(last.health()).isEqualTo(Health.DEGRADED);
        assertThat(last.problems()).extracting(Problem::subject).containsExactly("terraform");
    }

    private static List<Problem> asSnapshotProblems(List<TrackedProblem> board, String env) {
        return board.stream().filter(p -> p.environmentId().equals(env)).map(p -> {
            Problem english = p.finding().toProblem(MessageLookup.english());
            return new Problem(english.severity(), english.source(), english.subject(), english.message(),
                    p.acknowledged() ? p.ack().toDomain() : null);
        }).toList();
    }

    private static EnvironmentSnapshot env(SiteSnapshot s, String id) {
        return s.environments().stream().filter(e -> e.environment().id().equals(id)).findFirst().orElseThrow();
    }
}
