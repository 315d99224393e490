package io.triptych.gitlab;

import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.domain.Job;
import io.triptych.domain.Pipeline;
import io.triptych.source.LogFollow;
import io.triptych.source.LogSink;
import io.triptych.testing.Await;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A job's log: raw lines (ANSI and section markers kept), followed while the job runs, only new bytes sent. */
class GitLabTraceTest {
    private static final String API = "svom/fsc/sdb-api";
    private static final String ESC = "\u001b";
    private final FakeGitLab gitlab = new FakeGitLab();
    private final Sink sink = new Sink();
    private GitLabPipelineSource source;
    private Pipeline pipeline;
    private long jobId;

    static final class Sink implements LogSink {
        final List<String> lines = new CopyOnWriteArrayList<>();
        final List<Integer> batches = new CopyOnWriteArrayList<>();
        final CountDownLatch ended = new CountDownLatch(1);
        volatile Optional<String> error;

        @Override
        public void lines(List<String> batch) {
            lines.addAll(batch);
            batches.add(batch.size());
        }

        @Override
        public void ended(Optional<String> why) {
            error = why;
            ended.countDown();
        }

        void awaitLines(int n) throws Exception {
            Await.until(n + " lines", () -> lines.size() >= n);
        }

        boolean awaitEnd() throws InterruptedException {
            return ended.await(Await.DEADLINE.toSeconds(), TimeUnit.SECONDS);
        }
    }

    @BeforeEach
    void start() throws Exception {
        long id = gitlab.data().addPipeline(API, "develop", "running", "Fix", "Zoé");
        jobId = gitlab.data().addJob(API, id, "build", "build", "running");
        source = Sources.of(gitlab.config("develop", 10, API));
        pipeline = source.pipelines().get(0);
    }

    @AfterEach
    void stop() {
        source.close();
        gitlab.close();
    }

    private Job job() {
        return pipeline.jobs().get(0);
    }

    @Test
    void aFinishedJobsLogArrivesWholeAndRawThenEnds() throws Exception {
        String header = ESC + "[0Ksection_start:1764064800:prepare_script[collapsed=true]\r" + ESC
                + "[0K" + ESC + "[36;1mPreparing environment" + ESC + "[0;m";
        String end = ESC + "[0Ksection_end:1764064801:prepare_script\r" + ESC + "[0K";
        gitlab.data().setTrace(jobId, header + "\nRunning on fsgs-runner-01…\n" + end + "\n" + ESC
                + "[32;1mJob succeeded" + ESC + "[0;m\n");
        gitlab.data().setJobStatus(jobId, "success");

        try (LogFollow follow = source.trace(pipeline, job(), sink)) {
            assertThat(sink.awaitEnd()).isTrue();
        }

        assertThat(sink.lines).containsExactly(header, "Running on fsgs-runner-01…", end,
                ESC + "[32;1mJob succeeded" + ESC + "[0;m");
        assertThat(sink.error).isEmpty();
    }

    @Test
    void aRunningJobIsFollowedWithOnlyTheNewLinesUntilItEnds() throws Exception {
        gitlab.data().setTrace(jobId, "étape 1\n");
        try (LogFollow follow = source.trace(pipeline, job(), sink)) {
            sink.awaitLines(1);
            gitlab.data().appendTrace(jobId, "步骤 2 en co");
            gitlab.data().appendTrace(jobId, "urs\nétape 3\n");
            sink.awaitLines(3);
            gitlab.data().appendTrace(jobId, "fin sans retour");
            gitlab.data().setJobStatus(jobId, "failed");

            assertThat(sink.awaitEnd()).isTrue();
        }

        assertThat(sink.lines).containsExactly("étape 1", "步骤 2 en cours", "étape 3", "fin sans retour");
        assertThat(gitlab.count("GET", "/jobs/" + jobId + "/trace")).isGreaterThan(1);
    }

    @Test
    void closingStopsTheFollowAndItsRequests() throws Exception {
        gitlab.data().setTrace(jobId, "line\n");
        LogFollow follow = source.trace(pipeline, job(), sink);
        sink.awaitLines(1);

        long witnessJob = gitlab.data().addJob(API, pipeline.id(), "test", "test", "running");
        gitlab.data().setTrace(witnessJob, "witness\n");
        Job witness = new Job(witnessJob, "test", "test", "running", null, false, false);

        follow.close();

        assertThat(sink.awaitEnd()).isTrue();
        long after = gitlab.count("GET", "/jobs/" + jobId + "/trace");
        try (LogFollow still = source.trace(pipeline, witness, new Sink())) {
            // a follow still open polls four times: the closed one, on the same pool and period, must not once
            long from = gitlab.count("GET", "/jobs/" + witnessJob + "/trace");
            Await.until("four polls of the follow still open",
                    () -> gitlab.count("GET", "/jobs/" + witnessJob + "/trace") >= from + 4);
        }
        assertThat(gitlab.count("GET", "/jobs/" + jobId + "/trace")).isEqualTo(after);
    }

    @Test
    void theFollowIsBoundedInTime() throws Exception {
        source.close();
        source = Sources.of(gitlab.config("develop", 10, API), Sources.quick().withTrace(Duration.ofMillis(20),
                Duration.ofMillis(100)));
        try (LogFollow follow = source.trace(pipeline, job(), sink)) {
            assertThat(sink.awaitEnd()).isTrue();
        }
        assertThat(sink.error).get().asString().contains("stopped following job " + jobId);
    }

    @Test
    void aFailureEndsTheLogWithItsReason() throws Exception {
        gitlab.failWith("/trace", 403, "403 Forbidden");
        try (LogFollow follow = source.trace(pipeline, job(), sink)) {
            assertThat(sink.awaitEnd()).isTrue();
        }
        assertThat(sink.error).get().asString().contains("(403)");
    }
}
