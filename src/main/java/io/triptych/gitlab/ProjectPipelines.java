package io.triptych.gitlab;

import com.fasterxml.jackson.databind.JsonNode;
import io.triptych.domain.Pipeline;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One project's recent pipelines, cheaply: one list request per refresh; the pipeline itself (duration, user)
 * and its jobs (with the commit's title and author) are fetched only for a pipeline that is new or whose status
 * or updated_at changed since the last refresh. A steady state costs one request. At most {@code detailsPerRefresh}
 * pipelines are read in detail per refresh, newest first: the first refresh of 30 projects × 10 pipelines is
 * then ~7 requests per project instead of 21, and shows every pipeline's status at once; the others' jobs and
 * commit come with the next refreshes (a pipeline not read yet shows the list's fields and no jobs).
 */
final class ProjectPipelines {
    private record Seen(String status, String updatedAt, Pipeline pipeline) {
    }

    private final String project;
    private final Connection connection;
    private final RefFilter ref;
    private final int limit;
    private final int jobsPerPage;
    private final int detailsPerRefresh;
    private Map<Long, Seen> seen = new HashMap<>();

    ProjectPipelines(String project, Connection connection, RefFilter ref, int limit, GitLabTuning tuning) {
        this.project = project;
        this.connection = connection;
        this.ref = ref;
        this.limit = limit;
        this.jobsPerPage = tuning.jobsPerPage();
        this.detailsPerRefresh = tuning.detailsPerRefresh();
    }

    /** Newest first, at most {@code limit}. */
    synchronized List<Pipeline> refresh() throws GitLabException {
        String id = Connection.project(project);
        Connection.Page list = connection.get(Call.read("GET /projects/" + id + "/pipelines", project),
                ref.query(limit), "projects", id, "pipelines");
        if (!list.json().isArray()) {
            throw new GitLabException("GitLab at " + connection.server() + " sent no pipeline list for GET /projects/"
                    + id + "/pipelines");
        }
        Map<Long, Seen> next = new HashMap<>();
        List<Pipeline> out = new ArrayList<>();
        int details = 0;
        for (JsonNode item : list.json()) {
            if (out.size() == limit) {
                break;
            }
            if (!ref.matches(GitLabJson.text(item, "ref"))) {
                continue;
            }
            long pipelineId = GitLabJson.id(item, "id");
            String status = PipelineMapper.status(item);
            String updated = GitLabJson.text(item, "updated_at");
            Seen before = seen.get(pipelineId);
            Seen now;
            if (before != null && before.status().equals(status) && before.updatedAt().equals(updated)) {
                now = before;
            } else if (details < detailsPerRefresh) {
                details++;
                now = new Seen(status, updated, fetch(id, item, pipelineId));
            } else { // over budget: the list's fields now, the details at a next refresh ("" never matches)
                Pipeline partial = before == null ? PipelineMapper.pipeline(project, item, null, List.of())
                        : before.pipeline().with(status, before.pipeline().duration(), before.pipeline().jobs());
                now = new Seen("", "", partial);
            }
            next.put(pipelineId, now);
            out.add(now.pipeline());
        }
        seen = next;
        return out;
    }

    /** Forgets a pipeline, so the next refresh reads it again (after an action on it). */
    synchronized void forget(long pipelineId) {
        seen.remove(pipelineId);
    }

    private Pipeline fetch(String id, JsonNode item, long pipelineId) throws GitLabException {
        String path = "/projects/" + id + "/pipelines/" + pipelineId;
        JsonNode detail = connection.get(Call.read("GET " + path, project), Map.of(),
                "projects", id, "pipelines", pipelineId).json();
        List<JsonNode> jobs = new ArrayList<>();
        String page = "1";
        for (int pages = 0; !page.isEmpty() && pages < 50; pages++) {
            Connection.Page p = connection.get(Call.read("GET " + path + "/jobs", project),
                    Map.of("per_page", String.valueOf(jobsPerPage), "page", page),
                    "projects", id, "pipelines", pipelineId, "jobs");
            p.json().forEach(jobs::add);
            page = p.nextPage();
        }
        return PipelineMapper.pipeline(project, item, detail, jobs);
    }
}
