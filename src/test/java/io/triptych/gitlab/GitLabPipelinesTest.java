package io.triptych.gitlab;

import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.domain.Job;
import io.triptych.domain.Pipeline;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GitLabPipelinesTest {
    private static final String API = "svom/fsc/sdb-api";
    private static final String WEB = "svom/fsc/sdb-web";
    private final FakeGitLab gitlab = new FakeGitLab();

    @AfterEach
    void stop() {
        gitlab.close();
    }

    @Test
    void pipelinesOfTheRefComeNewestFirstWithEveryFieldAndTheirJobs() throws Exception {
        FakeGitLabData d = gitlab.data();
        long old = d.addPipeline(API, "develop", "success", "Add the burst catalogue", "Hélène Dupré");
        d.addPipeline(API, "main", "success", "Release", "Ops");
        long last = d.addPipeline(API, "develop", "failed", "修复 VHF 告警", "王小明");
        d.addJob(API, last, "build", "build", "success");
        d.addJob(API, last, "test", "test", "failed", "on_success", true, "fsgs-runner-02");
        d.addJob(API, last, "deploy", "deploy", "manual", "manual", false, null);
        d.addJob(API, old, "build", "build", "success");

        try (GitLabPipelineSource source = Sources.of(gitlab.config("develop", 10, API))) {
            List<Pipeline> pipelines = source.pipelines();

            assertThat(pipelines).extracting(Pipeline::id).containsExactly(last, old);
            Pipeline p = pipelines.get(0);
            assertThat(p.project()).isEqualTo(API);
            assertThat(p.status()).isEqualTo("failed");
            assertThat(p.ref()).isEqualTo("develop");
            assertThat(p.sha()).hasSize(40);
            assertThat(p.commitTitle()).isEqualTo("修复 VHF 告警");
            assertThat(p.author()).isEqualTo("王小明");
            assertThat(p.source()).isEqualTo("push");
            assertThat(p.createdAt()).isEqualTo(Instant.parse("2026-11-25T10:00:00Z").plusSeconds(last - 48200));
            assertThat(p.duration()).isEqualTo(Duration.ofSeconds(95));
            assertThat(p.webUrl()).isEqualTo(gitlab.url() + "/" + API + "/-/pipelines/" + last);
            assertThat(p.stages()).containsExactly("build", "test", "deploy");
            Job test = p.jobs().get(1);
            assertThat(test.name()).isEqualTo("test");
            assertThat(test.status()).isEqualTo("failed");
            assertThat(test.allowFailure()).isTrue();
            assertThat(test.duration()).isEqualTo(Duration.ofMillis(12500));
            assertThat(test.runner()).isEqualTo("fsgs-runner-02");
            Job deploy = p.jobs().get(2);
            assertThat(deploy.manual()).isTrue();
            assertThat(deploy.duration()).isNull();
            assertThat(deploy.runner()).isEmpty();
            assertThat(pipelines.get(1).author()).isEqualTo("Hélène Dupré");
        }
    }

    @Test
    void theListIsOneRequestPerProjectWithTheEncodedPathTheRefAndTheLimit() throws Exception {
        gitlab.data().addPipeline(API, "develop", "success", "a", "b");
        gitlab.data().addPipeline(WEB, "develop", "success", "a", "b");

        try (GitLabPipelineSource source = Sources.of(gitlab.config("develop", 7, API, WEB))) {
            source.pipelines();
        }

        List<FakeGitLab.Request> lists = gitlab.requests().stream().filter(r -> r.path().endsWith("/pipelines"))
                .toList();
        assertThat(lists).extracting(FakeGitLab.Request::path).containsExactly(
                "/api/v4/projects/svom%2Ffsc%2Fsdb-api/pipelines", "/api/v4/projects/svom%2Ffsc%2Fsdb-web/pipelines");
        assertThat(lists).allSatisfy(r -> assertThat(FakeGitLab.params(r.query())).containsExactlyInAnyOrderEntriesOf(
                Map.of("ref", "develop", "per_page", "7", "order_by", "id", "sort", "desc")));
    }

    @Test
    void aSteadyStateCostsOneRequestPerProjectAndAChangeRereadsOnlyThatPipeline() throws Exception {
        FakeGitLabData d = gitlab.data();
        long a = d.addPipeline(API, "develop", "success", "a", "x");
        long b = d.addPipeline(API, "develop", "running", "b", "y");
        d.addJob(API, a, "build", "build", "success");
        d.addJob(API, b, "build", "build", "running");

        try (GitLabPipelineSource source = Sources.of(gitlab.config("develop", 10, API))) {
            source.pipelines();
            gitlab.clearRequests();
            source.pipelines();
            assertThat(gitlab.requests()).extracting(FakeGitLab.Request::path)
                    .containsExactly("/api/v4/projects/svom%2Ffsc%2Fsdb-api/pipelines");

            d.setPipelineStatus(API, b, "success");
            gitlab.clearRequests();
            List<Pipeline> after = source.pipelines();

            assertThat(gitlab.requests()).extracting(FakeGitLab.Request::path).containsExactly(
                    "/api/v4/projects/svom%2Ffsc%2Fsdb-api/pipelines",
                    "/api/v4/projects/svom%2Ffsc%2Fsdb-api/pipelines/" + b,
                    "/api/v4/projects/svom%2Ffsc%2Fsdb-api/pipelines/" + b + "/jobs");
            assertThat(after).extracting(Pipeline::status).containsExactly("success", "success");
        }
    }

    @Test
    void jobsOfABigPipelineAreReadPageByPage() throws Exception {
        long p = gitlab.data().addPipeline(API, "develop", "success", "a", "b");
        for (int i = 0; i < 5; i++) {
            gitlab.data().addJob(API, p, "job-" + i, "test", "success");
        }

        try (GitLabPipelineSource source = Sources.of(gitlab.config("develop", 10, API), Sources.quick()
                .withJobsPerPage(2))) {
            assertThat(source.pipelines().get(0).jobs()).extracting(Job::name)
                    .containsExactly("job-0", "job-1", "job-2", "job-3", "job-4");
        }
        assertThat(gitlab.count("GET", "/jobs")).isEqualTo(3);
    }

    @Test
    void aTagPatternAsksForTagsAndKeepsTheMatchingOnes() throws Exception {
        gitlab.data().addPipeline(API, "v1.2.0", "success", "a", "b");
        gitlab.data().addPipeline(API, "release-7", "success", "a", "b");
        gitlab.data().addPipeline(API, "v1.3.0", "failed", "a", "b");
        gitlab.data().addPipeline(API, "develop", "success", "a", "b");

        try (GitLabPipelineSource source = Sources.of(gitlab.config("v*", 10, API))) {
            assertThat(source.pipelines()).extracting(Pipeline::ref).containsExactly("v1.3.0", "v1.2.0");
            assertThat(source.defaultRef()).isEmpty();
        }
        assertThat(FakeGitLab.params(gitlab.requests().get(0).query())).containsExactlyInAnyOrderEntriesOf(
                Map.of("scope", "tags", "per_page", "100", "order_by", "id", "sort", "desc"));
    }

    @Test
    void aFirstRefreshReadsOnlyAFewPipelinesInDetailAndTheNextOnesTheRest() throws Exception {
        long older = gitlab.data().addPipeline(API, "develop", "success", "older", "a");
        long newer = gitlab.data().addPipeline(API, "develop", "failed", "newer", "b");
        gitlab.data().addJob(API, older, "build", "build", "success");
        gitlab.data().addJob(API, newer, "build", "build", "failed");

        try (GitLabPipelineSource source = Sources.of(gitlab.config("develop", 10, API), Sources.quick()
                .withDetailsPerRefresh(1))) {
            List<Pipeline> first = source.pipelines();
            assertThat(first).extracting(Pipeline::status).containsExactly("failed", "success");
            assertThat(first.get(0).commitTitle()).isEqualTo("newer");
            assertThat(first.get(1).jobs()).isEmpty();
            assertThat(first.get(1).commitTitle()).isEmpty();

            List<Pipeline> second = source.pipelines();
            assertThat(second.get(1).commitTitle()).isEqualTo("older");
            assertThat(second.get(1).jobs()).hasSize(1);
        }
        assertThat(gitlab.count("GET", "/pipelines/" + older + "/jobs")).isEqualTo(1);
        assertThat(gitlab.count("GET", "/pipelines/" + newer + "/jobs")).isEqualTo(1);
    }

    @Test
    void theLimitCutsTheListOfEachProject() throws Exception {
        for (int i = 0; i < 4; i++) {
            gitlab.data().addPipeline(API, "develop", "success", "a", "b");
        }

        try (GitLabPipelineSource source = Sources.of(gitlab.config("develop", 3, API))) {
            assertThat(source.pipelines()).hasSize(3);
        }
    }
}
