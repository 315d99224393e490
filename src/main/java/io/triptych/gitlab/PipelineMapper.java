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
        String title = commit == null ? "" : Json.text(commit, "title");
        String author = commit == null ? "" : Json.text(commit, "author_name");
        if (author.isEmpty() && detail != null) {
            author = Json.userName(detail.path("user"));
        }
        JsonNode best = detail != null ? detail : item;
        return new Pipeline(project, Json.id(item, "id"), Json.text(best, "ref"), status(best),
                Json.instant(best, "created_at"), Json.text(best, "web_url"), Json.text(best, "sha"), title, author,
                Json.text(best, "source"), detail == null ? null : Json.seconds(detail, "duration"), jobs(jobs));
    }

    static String status(JsonNode node) {
        String s = Json.text(node, "status");
        return s.isEmpty() ? "unknown" : s;
    }

    /** In the order GitLab created them (id ascending), so stages read build, test, deploy. */
    static List<Job> jobs(List<JsonNode> raw) {
        List<JsonNode> sorted = new ArrayList<>(raw);
        sorted.sort(Comparator.comparingLong(j -> Json.id(j, "id")));
        return sorted.stream().map(PipelineMapper::job).toList();
    }

    static Job job(JsonNode j) {
        String status = status(j);
        boolean manual = "manual".equals(Json.text(j, "when")) || "manual".equals(status);
        JsonNode runner = j.path("runner");
        String runnerName = Json.text(runner, "description");
        if (runnerName.isEmpty() && runner.has("id")) {
            runnerName = "#" + Json.id(runner, "id");
        }
        return new Job(Json.id(j, "id"), Json.text(j, "name"), Json.text(j, "stage"), status,
                Json.seconds(j, "duration"), manual, j.path("allow_failure").asBoolean(false), runnerName);
    }
}
