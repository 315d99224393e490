package io.triptych.gitlab;

import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.domain.DriftCheck;
import io.triptych.iac.DriftStore;
import io.triptych.iac.ScheduledDriftFeed;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The newest scheduled drift pipeline feeds the drift store (the header's line, triage's problem) once. */
class GitLabCiDriftTest {
    @TempDir
    Path tmp;
    FakeGitLab gitlab;
    CiRuns env;

    @BeforeEach
    void setUp() {
        gitlab = new FakeGitLab();
        env = new CiRuns(gitlab, tmp);
    }

    @AfterEach
    void tearDown() {
        gitlab.close();
    }

    private long drift(String source, String status, boolean allowFailure, String report) {
        long p = gitlab.data().addPipeline(CiRuns.INFRA, "main", status, "nightly drift", "scheduler");
        gitlab.data().setSource(CiRuns.INFRA, p, source);
        long j = gitlab.data().addJob(CiRuns.INFRA, p, "drift", "drift", status, "on_success", allowFailure, null);
        gitlab.data().setJobStatus(j, status);
        if (report != null) {
            gitlab.data().setArtifact(j, "plan-report.json", report);
        }
        return j;
    }

    @Test
    void theNewestScheduledDriftJobIsRecordedOnceAsALocalCheckWouldBe() {
        drift("schedule", "success", false, "{\"create\":0,\"update\":0,\"delete\":0}");
        drift("schedule", "success", false, "{\"create\":0,\"update\":2,\"delete\":1}");
        drift("push", "failed", false, null); // not a schedule: not the nightly check
        DriftStore store = new DriftStore(tmp.resolve("drift.json"));
        List<DriftCheck> heard = new CopyOnWriteArrayList<>();
        store.addListener((id, check) -> heard.add(check));
        ScheduledDriftFeed feed = new ScheduledDriftFeed(store);

        assertThat(feed.poll(List.of(env.target))).isEqualTo(1);
        assertThat(feed.poll(List.of(env.target))).as("the same result is not recorded twice").isZero();

        DriftCheck check = store.latest("preproduction").orElseThrow();
        assertThat(check.status()).isEqualTo(DriftCheck.Status.DRIFTED);
        assertThat(check.changes()).isEqualTo(3);
        assertThat(heard).containsExactly(check);
        assertThat(gitlab.requests()).anyMatch(r -> r.path().endsWith("/pipelines") && r.query().contains(
                "source=schedule") && r.query().contains("ref=main"));
    }

    @Test
    void aFailedScheduledCheckIsACheckFailedAndAnAllowedFailureIsDrift() {
        drift("schedule", "failed", false, null);
        DriftStore store = new DriftStore(tmp.resolve("drift.json"));
        new ScheduledDriftFeed(store).poll(List.of(env.target));
        assertThat(store.latest("preproduction").orElseThrow().status()).isEqualTo(DriftCheck.Status.FAILED);

        gitlab.data().addProject(CiRuns.INFRA);
        DriftStore other = new DriftStore(tmp.resolve("drift2.json"));
        drift("schedule", "failed", true, null);
        new ScheduledDriftFeed(other).poll(List.of(env.target));
        assertThat(other.latest("preproduction").orElseThrow().status()).isEqualTo(DriftCheck.Status.DRIFTED);
    }
}
