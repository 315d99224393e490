package io.triptych.gitlab;

import com.fasterxml.jackson.databind.JsonNode;
import io.triptych.config.IacGitLabConfig;
import io.triptych.iac.ci.CiException;
import io.triptych.iac.ci.CiHolder;
import io.triptych.iac.ci.CiJob;
import io.triptych.iac.ci.CiPipeline;
import io.triptych.iac.ci.CiPipelines;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * An environment's {@code iac: gitlab:} project on GitLab's v4 API, with the environment's own GitLab (address,
 * token-env) and the site's 429 gate: new pipelines with variables, jobs, traces (token scrubbed), play, cancel,
 * one artifact file ({@code GET /projects/:id/jobs/:job_id/artifacts/:artifact_path}), resource groups
 * ({@code resource_groups}, {@code upcoming_jobs}, {@code current_job}) and scheduled pipelines.
 */
public final class GitLabCiPipelines implements CiPipelines, AutoCloseable {
    private final IacGitLabConfig config;
    private final Connection connection;
    private final String id;
    private volatile String groupKey;

    public GitLabCiPipelines(IacGitLabConfig config, Function<String, String> env, RateLimits limits) {
        this(config, env, limits, GitLabTuning.defaults());
    }

    GitLabCiPipelines(IacGitLabConfig config, Function<String, String> env, RateLimits limits, GitLabTuning tuning) {
        this.config = config;
        this.connection = new Connection(config.gitlab(), env, limits, tuning);
        this.id = Connection.project(config.project());
    }

    @Override
    public CiPipeline create(Map<String, String> variables) throws CiException {
        Call call = Call.act("POST /projects/" + id + "/pipeline", config.project(), "run a pipeline on " + config.ref());
        JsonNode p = ci(() -> connection.act(call, api -> api.postJson(NewPipeline.of(config.ref(), variables),
                "projects", id, "pipeline")));
        return pipeline(p);
    }

    @Override
    public List<CiJob> jobs(long pipelineId) throws CiException {
        JsonNode list = read("/pipelines/" + pipelineId + "/jobs", Map.of("per_page", "100"), "pipelines", pipelineId,
                "jobs");
        List<CiJob> out = new ArrayList<>();
        list.forEach(j -> out.add(job(j)));
        return out;
    }

    @Override
    public CiJob job(long jobId) throws CiException {
        return job(read("/jobs/" + jobId, Map.of(), "jobs", jobId));
    }

    @Override
    public byte[] trace(long jobId) throws CiException {
        byte[] raw = ci(() -> connection.bytes(Call.read("GET /projects/" + id + "/jobs/" + jobId + "/trace",
                config.project()), Map.of(), "projects", id, "jobs", jobId, "trace"));
        String text = new String(raw, StandardCharsets.UTF_8);
        String scrubbed = connection.scrub(text);
        return scrubbed.equals(text) ? raw : scrubbed.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public CiJob play(long jobId) throws CiException {
        Call call = Call.act("POST /projects/" + id + "/jobs/" + jobId + "/play", config.project(),
                "start job #" + jobId);
        return job(ci(() -> connection.act(call, api -> api.postForm(Map.of(), "projects", id, "jobs", jobId,
                "play"))));
    }

    @Override
    public void cancel(long pipelineId) throws CiException {
        Call call = Call.act("POST /projects/" + id + "/pipelines/" + pipelineId + "/cancel", config.project(),
                "cancel pipeline #" + pipelineId);
        ci(() -> connection.act(call, api -> api.postForm(Map.of(), "projects", id, "pipelines", pipelineId,
                "cancel")));
    }

    @Override
    public Optional<byte[]> artifact(long jobId, String path) throws CiException {
        try {
            return Optional.of(connection.bytes(Call.read("GET /projects/" + id + "/jobs/" + jobId + "/artifacts/"
                    + path, config.project()), Map.of(), "projects", id, "jobs", jobId, "artifacts", path));
        } catch (GitLabException e) {
            if (e.status() == 404) {
                return Optional.empty(); // no such file in the job's artifacts, or no artifacts at all
            }
            throw new CiException(connection.scrub(e.getMessage()));
        }
    }

    /**
     * The group a waiting job is queued in (found once among the project's groups by their upcoming jobs, then
     * kept), and the job holding it ({@code current_job}; a GitLab without that endpoint answers 404: holder unknown).
     */
    @Override
    public Optional<CiHolder> holder(long jobId) throws CiException {
        String key = groupKey;
        if (key == null) {
            for (JsonNode g : read("/resource_groups", Map.of("per_page", "100"), "resource_groups")) {
                String k = GitLabJson.text(g, "key");
                String enc = Connection.project(k);
                for (JsonNode j : read("/resource_groups/" + enc + "/upcoming_jobs", Map.of("per_page", "100"),
                        "resource_groups", enc, "upcoming_jobs")) {
                    if (GitLabJson.id(j, "id") == jobId) {
                        key = k;
                    }
                }
                if (key != null) {
                    break;
                }
            }
            if (key == null) {
                return Optional.empty();
            }
            groupKey = key;
        }
        String enc = Connection.project(key);
        try {
            JsonNode current = connection.get(Call.read("GET /projects/" + id + "/resource_groups/" + enc
                    + "/current_job", config.project()), Map.of(), "projects", id, "resource_groups", enc,
                    "current_job").json();
            return Optional.of(new CiHolder(key, current.has("id") ? Optional.of(job(current)) : Optional.empty()));
        } catch (GitLabException e) {
            if (e.status() == 404) {
                return Optional.of(new CiHolder(key, Optional.empty()));
            }
            throw new CiException(connection.scrub(e.getMessage()));
        }
    }

    @Override
    public List<CiPipeline> scheduled() throws CiException {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("ref", config.ref());
        q.put("source", "schedule");
        q.put("per_page", "5");
        q.put("order_by", "id");
        q.put("sort", "desc");
        List<CiPipeline> out = new ArrayList<>();
        read("/pipelines", q, "pipelines").forEach(p -> out.add(pipeline(p)));
        return out;
    }

    @Override
    public String project() {
        return config.project();
    }

    @Override
    public String ref() {
        return config.ref();
    }

    /** Requests sent so far. */
    public long requestCount() {
        return connection.requests();
    }

    @Override
    public void close() {
        connection.close();
    }

    private JsonNode read(String what, Map<String, String> query, Object... below) throws CiException {
        Object[] path = new Object[below.length + 2];
        path[0] = "projects";
        path[1] = id;
        System.arraycopy(below, 0, path, 2, below.length);
        return ci(() -> connection.get(Call.read("GET /projects/" + id + what, config.project()), query, path).json());
    }

    private interface Request<T> {
        T call() throws GitLabException;
    }

    private <T> T ci(Request<T> r) throws CiException {
        try {
            return r.call();
        } catch (GitLabException e) {
            throw new CiException(connection.scrub(e.getMessage()));
        }
    }

    private static CiPipeline pipeline(JsonNode p) {
        Instant created = Optional.ofNullable(GitLabJson.instant(p, "created_at")).orElse(Instant.EPOCH);
        return new CiPipeline(GitLabJson.id(p, "id"), GitLabJson.text(p, "status"), GitLabJson.text(p, "web_url"),
                GitLabJson.text(p, "source"), created);
    }

    private static CiJob job(JsonNode j) {
        return new CiJob(GitLabJson.id(j, "id"), GitLabJson.text(j, "name"), GitLabJson.text(j, "status"),
                GitLabJson.text(j, "web_url"), j.path("pipeline").path("id").asLong(), j.path("allow_failure")
                .asBoolean(), GitLabJson.userName(j.path("user")), time(j, "started_at"), time(j, "finished_at"));
    }

    private static Optional<Instant> time(JsonNode j, String field) {
        return j.hasNonNull(field) ? Optional.ofNullable(GitLabJson.instant(j, field)) : Optional.empty();
    }
}
