package io.triptych.gitlab;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a {@link FakeGitLab} holds: projects by path, their pipelines, jobs, traces and deployments, as GitLab v4
 * writes them (field names from the public API docs: pipelines, jobs, job trace, deployments).
 */
public final class FakeGitLabData {
    static final ObjectMapper MAPPER = new ObjectMapper();
    static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    /** One project: its pipelines (any order; served newest first), jobs by pipeline, traces, deployments. */
    static final class Project {
        final long id;
        final String path;
        final List<ObjectNode> pipelines = new CopyOnWriteArrayList<>();
        final Map<Long, List<ObjectNode>> jobs = new ConcurrentHashMap<>();
        final List<ObjectNode> deployments = new CopyOnWriteArrayList<>();
        final List<ObjectNode> issues = new CopyOnWriteArrayList<>();
        final Map<Long, List<ObjectNode>> notes = new ConcurrentHashMap<>();

        Project(long id, String path) {
            this.id = id;
            this.path = path;
        }

        List<ObjectNode> newestFirst() {
            List<ObjectNode> out = new ArrayList<>(pipelines);
            out.sort(Comparator.comparingLong((ObjectNode p) -> p.path("id").asLong()).reversed());
            return out;
        }

        synchronized ObjectNode issue(long iid) {
            return issues.stream().filter(i -> i.path("iid").asLong() == iid).findFirst().orElse(null);
        }

        ObjectNode pipeline(long id) {
            return pipelines.stream().filter(p -> p.path("id").asLong() == id).findFirst().orElse(null);
        }
    }

    final Map<String, Project> projects = new ConcurrentHashMap<>();
    final Map<Long, ObjectNode> jobsById = new ConcurrentHashMap<>();
    final Map<Long, String> jobProject = new ConcurrentHashMap<>();
    final Map<Long, byte[]> traces = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong(48200);
    private final AtomicLong jobIds = new AtomicLong(910000);
    private final AtomicLong clock = new AtomicLong();
    volatile String base = "https://gitlab.example.org";
    /** The variables each created pipeline was given (POST /projects/:id/pipeline), by pipeline id. */
    final Map<Long, Map<String, String>> variables = new ConcurrentHashMap<>();
    /** Job artifacts' files: job id → path inside the archive → bytes. */
    final Map<Long, Map<String, byte[]>> artifacts = new ConcurrentHashMap<>();
    /** Resource groups: key → the jobs waiting for it (upcoming_jobs), and the job holding it (current_job). */
    final Map<String, List<Long>> upcoming = new ConcurrentHashMap<>();
    final Map<String, Long> current = new ConcurrentHashMap<>();
    /** What the project's .gitlab-ci.yml would make of a new pipeline: called with (project, id, variables). */
    volatile PipelineRules rules = (project, id, vars) -> { };

    /** The jobs a created pipeline gets, as its .gitlab-ci.yml rules would decide from the variables. */
    @FunctionalInterface
    public interface PipelineRules {
        void created(String project, long pipeline, Map<String, String> variables);
    }

    public FakeGitLabData rules(PipelineRules r) {
        rules = r;
        return this;
    }

    public Map<String, String> variablesOf(long pipeline) {
        return variables.getOrDefault(pipeline, Map.of());
    }

    public void setSource(String project, long pipeline, String source) {
        project(project).pipeline(pipeline).put("source", source);
    }

    public void setArtifact(long job, String path, String content) {
        artifacts.computeIfAbsent(job, j -> new ConcurrentHashMap<>()).put(path, content.getBytes(StandardCharsets.UTF_8));
    }

    /** A resource group whose key is {@code key}, held by {@code holder} (or nobody), with jobs waiting. */
    public void resourceGroup(String key, Long holder, List<Long> waiting) {
        upcoming.put(key, new CopyOnWriteArrayList<>(waiting));
        if (holder == null) {
            current.remove(key);
        } else {
            current.put(key, holder);
        }
    }

    public String jobStatus(long job) {
        return jobsById.get(job).path("status").asText();
    }

    Project project(String path) {
        return projects.computeIfAbsent(path, p -> new Project(100 + projects.size(), p));
    }

    public FakeGitLabData addProject(String path) {
        project(path);
        return this;
    }

    /** A pipeline; its commit title and author appear on the jobs added to it. Returns its id. */
    public long addPipeline(String project, String ref, String status, String title, String author) {
        long id = ids.incrementAndGet();
        ObjectNode p = MAPPER.createObjectNode();
        String sha = String.format("%040x", id * 7919);
        p.put("id", id).put("iid", id - 48000).put("project_id", project(project).id).put("sha", sha)
                .put("ref", ref).put("status", status).put("source", "push")
                .put("created_at", T0.plusSeconds(id - 48200).toString()).put("updated_at", tick())
                .put("web_url", base + "/" + project + "/-/pipelines/" + id).put("name", (String) null);
        p.put("x-title", title).put("x-author", author); // kept for the jobs' commit; stripped when served
        project(project).pipelines.add(p);
        project(project).jobs.put(id, new CopyOnWriteArrayList<>());
        return id;
    }

    /** A job of a pipeline; {@code when} is "on_success" or "manual". Returns its id. */
    public long addJob(String project, long pipeline, String name, String stage, String status, String when,
                       boolean allowFailure, String runner) {
        ObjectNode p = project(project).pipeline(pipeline);
        long id = jobIds.incrementAndGet();
        ObjectNode j = MAPPER.createObjectNode();
        j.put("id", id).put("name", name).put("stage", stage).put("status", status).put("when", when)
                .put("allow_failure", allowFailure).put("ref", p.path("ref").asText()).put("tag", false)
                .put("created_at", T0.toString()).put("web_url", base + "/" + project + "/-/jobs/" + id);
        if (status.equals("pending") || status.equals("created") || status.equals("manual")) {
            j.putNull("duration").putNull("started_at");
        } else {
            j.put("duration", 12.5).put("started_at", T0.plusSeconds(5).toString());
        }
        ObjectNode commit = j.putObject("commit");
        commit.put("id", p.path("sha").asText()).put("short_id", p.path("sha").asText().substring(0, 8))
                .put("title", p.path("x-title").asText()).put("message", p.path("x-title").asText() + "\n")
                .put("author_name", p.path("x-author").asText()).put("author_email", "dev@example.org");
        j.putObject("pipeline").put("id", pipeline).put("project_id", project(project).id)
                .put("ref", p.path("ref").asText()).put("sha", p.path("sha").asText()).put("status", p.path("status")
                        .asText());
        if (runner == null) {
            j.putNull("runner");
        } else {
            j.putObject("runner").put("id", 7).put("description", runner).put("active", true).put("is_shared", false);
        }
        j.putObject("user").put("id", 3).put("name", p.path("x-author").asText()).put("username", "dev");
        project(project).jobs.get(pipeline).add(j);
        jobsById.put(id, j);
        jobProject.put(id, project);
        return id;
    }

    public long addJob(String project, long pipeline, String name, String stage, String status) {
        return addJob(project, pipeline, name, stage, status, "on_success", false, "fsgs-runner-01");
    }

    /** A status change, as GitLab does it: updated_at moves. */
    public void setPipelineStatus(String project, long pipeline, String status) {
        project(project).pipeline(pipeline).put("status", status).put("updated_at", tick());
    }

    public void setJobStatus(long job, String status) {
        ObjectNode j = jobsById.get(job);
        j.put("status", status);
        if (status.equals("running")) {
            j.put("started_at", T0.plusSeconds(5).toString());
        }
        if (List.of("success", "failed", "canceled", "skipped").contains(status)) {
            j.put("finished_at", T0.plusSeconds(60).toString());
        }
    }

    public void setJobUser(long job, String name) {
        jobsById.get(job).putObject("user").put("id", 5).put("name", name).put("username", "someone");
    }

    public void setTrace(long job, String text) {
        traces.put(job, text.getBytes(StandardCharsets.UTF_8));
    }

    public void appendTrace(long job, String text) {
        traces.merge(job, text.getBytes(StandardCharsets.UTF_8), (a, b) -> {
            byte[] out = new byte[a.length + b.length];
            System.arraycopy(a, 0, out, 0, a.length);
            System.arraycopy(b, 0, out, a.length, b.length);
            return out;
        });
    }

    /** A deployment to a GitLab environment, made by a job of {@code pipeline}. */
    public void addDeployment(String project, String environment, String status, long pipeline, String user,
                              Instant finished) {
        ObjectNode p = project(project).pipeline(pipeline);
        ObjectNode d = MAPPER.createObjectNode();
        d.put("id", 40 + project(project).deployments.size()).put("iid", 1 + project(project).deployments.size())
                .put("ref", p.path("ref").asText()).put("sha", p.path("sha").asText()).put("status", status)
                .put("created_at", finished.minusSeconds(60).toString()).put("updated_at", finished.toString());
        d.putObject("user").put("id", 4).put("name", user).put("username", "ops");
        d.putObject("environment").put("id", 9).put("name", environment).put("external_url", base);
        ObjectNode job = d.putObject("deployable");
        job.put("id", 777).put("status", status).put("finished_at", finished.toString());
        job.putObject("pipeline").put("id", pipeline).put("status", p.path("status").asText());
        project(project).deployments.add(d);
    }

    // ---- Issues, notes and users (Issues API, Notes API, Users API) ----
    /** Users by token: the token's owner is who GET /user answers and who writes notes. */
    final Map<String, ObjectNode> usersByToken = new ConcurrentHashMap<>();
    private final AtomicLong issueIds = new AtomicLong(5000);
    private final AtomicLong noteIds = new AtomicLong(88000);

    /** A user and the token that acts as them. */
    public FakeGitLabData addUser(String token, long id, String username, String name) {
        ObjectNode u = MAPPER.createObjectNode();
        u.put("id", id).put("username", username).put("name", name).put("state", "active")
                .put("avatar_url", base + "/uploads/" + username + ".png").put("web_url", base + "/" + username);
        usersByToken.put(token, u);
        return this;
    }

    ObjectNode userByToken(String token) {
        return usersByToken.get(token);
    }

    ObjectNode userById(long id) {
        return usersByToken.values().stream().filter(u -> u.path("id").asLong() == id).findFirst()
                .map(ObjectNode::deepCopy).orElseGet(() -> id == 3 ? zoe() : MAPPER.createObjectNode().put("id", id)
                        .put("username", "user" + id).put("name", "User " + id));
    }

    /** Who {@link FakeGitLab#TOKEN} belongs to. */
    static ObjectNode zoe() {
        return MAPPER.createObjectNode().put("id", 3).put("username", "zoe").put("name", "Zoé Lefèvre")
                .put("state", "active");
    }

    /** Run once just before the next issue is created: another console's create landing first, say. */
    volatile Runnable beforeIssueCreate;

    public FakeGitLabData beforeNextIssueCreate(Runnable r) {
        beforeIssueCreate = r;
        return this;
    }

    /** An issue as POST /projects/:id/issues makes it; iids count from 1 per project. */
    public synchronized ObjectNode addIssue(String project, String title, String description,
                                            java.util.Set<String> labels, String issueType, ObjectNode author) {
        Project p = project(project);
        long iid = p.issues.size() + 1;
        ObjectNode i = MAPPER.createObjectNode();
        String now = tick();
        i.put("id", issueIds.incrementAndGet()).put("iid", iid).put("project_id", p.id).put("title", title)
                .put("description", description).put("state", "opened").put("created_at", now).put("updated_at", now)
                .putNull("closed_at").put("issue_type", issueType).put("type", issueType.toUpperCase())
                .put("web_url", base + "/" + project + "/-/issues/" + iid).put("user_notes_count", 0)
                .put("confidential", false);
        if ("incident".equals(issueType)) {
            i.put("web_url", base + "/" + project + "/-/issues/incident/" + iid);
        }
        var l = i.putArray("labels");
        labels.forEach(l::add);
        i.putArray("assignees");
        i.putNull("assignee");
        i.set("author", author == null ? MAPPER.createObjectNode() : author.deepCopy());
        p.issues.add(i);
        p.notes.put(iid, new CopyOnWriteArrayList<>());
        return i;
    }

    /** A note on an issue, as POST .../issues/:iid/notes makes it; the issue's updated_at moves. */
    public synchronized ObjectNode addNote(String project, long iid, String body, ObjectNode author) {
        Project p = project(project);
        ObjectNode n = MAPPER.createObjectNode();
        String now = tick();
        n.put("id", noteIds.incrementAndGet()).put("body", body).put("created_at", now).put("updated_at", now)
                .put("system", false).put("noteable_id", p.issue(iid).path("id").asLong())
                .put("noteable_type", "Issue").put("noteable_iid", iid).put("project_id", p.id);
        n.set("author", author == null ? MAPPER.createObjectNode() : author.deepCopy());
        p.notes.get(iid).add(n);
        p.issue(iid).put("updated_at", now).put("user_notes_count", p.notes.get(iid).size());
        return n;
    }

    /** The project's issues as stored (tests read what the consoles wrote). */
    public List<ObjectNode> issues(String project) {
        return List.copyOf(project(project).issues);
    }

    public List<ObjectNode> notes(String project, long iid) {
        return List.copyOf(project(project).notes.getOrDefault(iid, List.of()));
    }

    String tick() {
        return T0.plusSeconds(3600 + clock.incrementAndGet()).toString();
    }
}
