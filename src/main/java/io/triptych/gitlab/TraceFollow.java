package io.triptych.gitlab;

import com.fasterxml.jackson.databind.JsonNode;
import io.triptych.logs.GrowingLog;
import io.triptych.source.LogFollow;
import io.triptych.source.LogSink;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Reads a job's trace into a sink, raw (ANSI escapes and section_start/section_end markers kept), and follows
 * it while the job runs: every poll reads the job's status, then the trace, and sends only the bytes past the
 * last offset, in whole lines. GitLab's trace endpoint answers the whole log each time (gitlab4j exposes no Range
 * request), so the offset is kept here. Ends when the job ends, on close, on an error, or after the follow limit.
 */
final class TraceFollow implements LogFollow, Runnable {
    private static final Set<String> ACTIVE = Set.of("created", "pending", "preparing", "waiting_for_resource",
            "running", "canceling", "waiting_for_callback");
    private static final int BATCH = 1000;

    private final Connection connection;
    private final String project;
    private final long jobId;
    private final LogSink sink;
    private final GitLabTuning tuning;
    private final CountDownLatch closed = new CountDownLatch(1);
    private final AtomicBoolean ended = new AtomicBoolean();
    private final GrowingLog log = new GrowingLog();

    TraceFollow(Connection connection, String project, long jobId, LogSink sink, GitLabTuning tuning) {
        this.connection = connection;
        this.project = project;
        this.jobId = jobId;
        this.sink = sink;
        this.tuning = tuning;
    }

    @Override
    public void run() {
        Instant stop = tuning.clock().instant().plus(tuning.followLimit());
        try {
            String id = Connection.project(project);
            String path = "/projects/" + id + "/jobs/" + jobId;
            while (closed.getCount() > 0) {
                JsonNode job = connection.get(Call.read("GET " + path, project), Map.of(), "projects", id, "jobs",
                        jobId).json();
                byte[] trace = connection.bytes(Call.read("GET " + path + "/trace", project), Map.of(),
                        "projects", id, "jobs", jobId, "trace");
                emit(log.newLines(trace));
                if (!ACTIVE.contains(GitLabJson.text(job, "status"))) {
                    end(Optional.empty());
                    return;
                }
                if (!tuning.clock().instant().isBefore(stop)) {
                    end(Optional.of("stopped following job " + jobId + " after "
                            + GitLabFailures.say(tuning.followLimit()) + "; open the log again to read on"));
                    return;
                }
                if (closed.await(tuning.tracePoll().toMillis(), TimeUnit.MILLISECONDS)) {
                    break;
                }
            }
            end(Optional.empty());
        } catch (GitLabException e) {
            end(Optional.of(e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            end(Optional.empty());
        } catch (RuntimeException e) {
            end(Optional.of("job " + jobId + " log could not be read: " + e));
        }
    }

    private void emit(List<String> lines) {
        List<String> batch = new ArrayList<>();
        for (String line : lines) {
            batch.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
            if (batch.size() == BATCH) {
                sink.lines(List.copyOf(batch));
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            sink.lines(List.copyOf(batch));
        }
    }

    private void end(Optional<String> error) {
        if (ended.compareAndSet(false, true)) {
            emit(log.rest());
            sink.ended(error);
        }
    }

    @Override
    public void close() {
        closed.countDown();
    }
}
