package io.triptych.gitlab;

import com.fasterxml.jackson.databind.JsonNode;
import io.triptych.domain.Job;
import io.triptych.domain.Pipeline;
import java.util.List;
import java.util.Map;

/**
 * The changes a user asks for, as GitLab's POSTs: retry and cancel a pipeline, retry and play a job, run a new
 * pipeline. A refusal says which scope or role is missing (see {@link GitLabFailures}).
 */
final class PipelineActions {
    private final Connection connection;

    PipelineActions(Connection connection) {
        this.connection = connection;
    }

    void onPipeline(Pipeline p, String verb, String what) throws GitLabException {
        String id = Connection.project(p.project());
        connection.act(Call.act("POST /projects/" + id + "/pipelines/" + p.id() + "/" + verb, p.project(),
                what + " pipeline #" + p.id()),
                api -> api.postForm(Map.of(), "projects", id, "pipelines", p.id(), verb));
    }

    void onJob(Pipeline p, Job job, String verb, String what) throws GitLabException {
        String id = Connection.project(p.project());
        connection.act(Call.act("POST /projects/" + id + "/jobs/" + job.id() + "/" + verb, p.project(),
                what + " job " + job.name() + " (#" + job.id() + ")"),
                api -> api.postForm(Map.of(), "projects", id, "jobs", job.id(), verb));
    }

    Pipeline create(String project, String newRef, Map<String, String> variables) throws GitLabException {
        if (newRef == null || newRef.isBlank()) {
            throw new GitLabException("a new pipeline needs a branch or tag to run on");
        }
        String id = Connection.project(project);
        String ref = newRef.strip();
        Call call = Call.act("POST /projects/" + id + "/pipeline", project, "run a pipeline on " + ref);
        // GitLab takes variables only in a JSON body, as [{"key": …, "value": …}]; without any, a form is enough.
        JsonNode created = variables == null || variables.isEmpty()
                ? connection.act(call, api -> api.postForm(Map.of("ref", ref), "projects", id, "pipeline"))
                : connection.act(call, api -> api.postJson(NewPipeline.of(ref, variables), "projects", id, "pipeline"));
        return PipelineMapper.pipeline(project, created, created, List.of());
    }
}
