package io.triptych.gitlab;

import com.fasterxml.jackson.databind.JsonNode;
import io.triptych.domain.Job;
import io.triptych.domain.Pipeline;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * GitLab v4 JSON to domain records. The list item gives id, status, ref, sha, source, created_at, web_url;
 * the single pipeline adds duration and user; the jobs carry the commit (title, author_name) and the runner.
 */
final class PipelineMapper {
    private PipelineMapper() {
    }

    static Pipeline pipeline(String project, JsonNode item, JsonNode detail, List<JsonNode> jobs) {
        JsonNode commit = jobs.isEmpty() ? null : jobs.get(0).path("commit");
        String title = commit == null ? "" : GitLabJson.text(commit, "title");
        String author = commit == null ? "" : GitLabJson.text(commit, "author_name");
        if (author.isEmpty() && detail != null) {
            author = GitLabJson.userName(detail.path("user"));
        }
        JsonNode best = detail != null ? detail : item;
        return new Pipeline(project, GitLabJson.id(item, "id"), GitLabJson.text(best, "ref"), status(best),
                GitLabJson.instant(best, "created_at"), GitLabJson.text(best, "web_url"), GitLabJson.text(best, "sha"), title, author,
                GitLabJson.text(best, "source"), detail == null ? null : GitLabJson.seconds(detail, "duration"), jobs(jobs));
    }

    static String status(JsonNode node) {
        String s = GitLabJson.text(node, "status");
        return s.isEmpty() ? "unknown" : s;
    }

    /** In the order GitLab created them (id ascending), so stages read build, test, deploy. */
    static List<Job> jobs(List<JsonNode> raw) {
        List<JsonNode> sorted = new ArrayList<>(raw);
        sorted.sort(Comparator.comparingLong(j -> GitLabJson.id(j, "id")));
        return sorted.stream().map(PipelineMapper::job).toList();
    }

    static Job job(JsonNode j) {
        String status = status(j);
        boolean manual = "manual".equals(GitLabJson.text(j, "when")) || "manual".equals(status);
        JsonNode runner = j.path("runner");
        String runnerName = GitLabJson.text(runner, "description");
        if (runnerName.isEmpty() && runner.has("id")) {
            runnerName = "#" + GitLabJson.id(runner, "id");
        }
        return new Job(GitLabJson.id(j, "id"), GitLabJson.text(j, "name"), GitLabJson.text(j, "stage"), status,
                GitLabJson.seconds(j, "duration"), manual, j.path("allow_failure").asBoolean(false), runnerName);
    }
}
