package io.triptych.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A CI/CD pipeline of one project on one ref. */
public record Pipeline(
        String project,
        long id,
        String ref,
        String status,
        Instant createdAt,
        String webUrl,
        String sha,
        String commitTitle,
        String author,
        String source,
        Duration duration,
        List<Job> jobs) implements Item {

    public Pipeline {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(status, "status");
        jobs = List.copyOf(jobs);
    }

    @Override public String key() { return project + "#" + id; }

    @Override public String displayName() { return project + " #" + id; }

    @Override public Tone tone() { return PipelineStatus.tone(status); }

    public String shortSha() {
        return sha == null || sha.length() < 8 ? String.valueOf(sha) : sha.substring(0, 8);
    }

    /** Stages in the order their first job appears. */
    public List<String> stages() {
        return jobs.stream().map(Job::stage).distinct().toList();
    }

    public Pipeline with(String newStatus, Duration newDuration, List<Job> newJobs) {
        return new Pipeline(project, id, ref, newStatus, createdAt, webUrl, sha, commitTitle, author, source,
                newDuration, newJobs);
    }

    @Override public String searchText() {
        return Text.lower(project, "#" + id, ref, status, commitTitle, author, shortSha());
    }
}
