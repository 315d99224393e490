package io.triptych.gitlab;

import com.fasterxml.jackson.databind.JsonNode;
import io.triptych.domain.Deployment;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The last deployment of each project to one GitLab environment: one request per project, per_page=1. */
final class Deployments {
    private final Connection connection;
    private final List<String> projects;
    private final String environment;

    Deployments(Connection connection, List<String> projects, String environment) {
        this.connection = connection;
        this.projects = List.copyOf(projects);
        this.environment = environment;
    }

    List<Deployment> last() throws GitLabException {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("environment", environment);
        query.put("order_by", "updated_at");
        query.put("sort", "desc");
        query.put("per_page", "1");
        List<Deployment> out = new ArrayList<>();
        for (String project : projects) {
            String id = Connection.project(project);
            JsonNode list = connection.get(Call.read("GET /projects/" + id + "/deployments", project), query,
                    "projects", id, "deployments").json();
            if (list.isArray() && list.size() > 0) {
                out.add(deployment(project, environment, list.get(0)));
            }
        }
        return out;
    }

    static Deployment deployment(String project, String environment, JsonNode d) {
        JsonNode job = d.path("deployable");
        Instant at = GitLabJson.instant(job, "finished_at");
        if (at == null) {
            at = GitLabJson.instant(d, "updated_at");
        }
        if (at == null) {
            at = GitLabJson.instant(d, "created_at");
        }
        String env = GitLabJson.text(d.path("environment"), "name");
        return new Deployment(project, env.isEmpty() ? environment : env, GitLabJson.text(d, "ref"), GitLabJson.text(d, "sha"),
                PipelineMapper.status(d), GitLabJson.id(job.path("pipeline"), "id"), at, GitLabJson.userName(d.path("user")));
    }
}
