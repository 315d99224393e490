package io.triptych.gitlab;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The GitLab v4 paths {@link FakeGitLab} answers, below /api/v4/projects/:id, where :id is a project's
 * URL-encoded path (one segment: "svom%2Fsdb-api") or its number. Lists are paged as GitLab does: page and
 * per_page (default 20, at most 100), with X-Total, X-Total-Pages, X-Per-Page, X-Page, X-Next-Page,
 * X-Prev-Page and a Link header.
 */
final class FakeGitLabRoutes {
    private final FakeGitLabData data;
    private final FakeGitLabIssues issues;

    FakeGitLabRoutes(FakeGitLabData data) {
        this.data = data;
        this.issues = new FakeGitLabIssues(data);
    }

    void route(HttpExchange ex, String method, String[] seg, Map<String, String> q, String body, ObjectNode user)
            throws IOException {
        // seg: "", "api", "v4", "projects", ID, resource, ...
        if (seg.length == 4 && seg[3].equals("user") && method.equals("GET")) {
            FakeGitLab.send(ex, 200, "application/json", user.toString());
            return;
        }
        if (seg.length < 6 || !seg[3].equals("projects")) {
            FakeGitLab.send(ex, 404, "application/json", "{\"error\":\"404 Not Found\"}");
            return;
        }
        FakeGitLabData.Project p = find(URLDecoder.decode(seg[4], StandardCharsets.UTF_8));
        if (p == null) {
            FakeGitLab.send(ex, 404, "application/json", "{\"message\":\"404 Project Not Found\"}");
            return;
        }
        String rest = String.join("/", List.of(seg).subList(5, seg.length));
        if (issues.route(ex, method, p, rest, q, body, user)) {
            return;
        }
        if (method.equals("GET") && rest.equals("pipelines")) {
            List<ObjectNode> list = p.newestFirst().stream()
                    .filter(x -> !q.containsKey("ref") || x.path("ref").asText().equals(q.get("ref")))
                    .filter(x -> !"tags".equals(q.get("scope")) || x.path("ref").asText().matches("v.*|release-.*"))
                    .filter(x -> !q.containsKey("source") || x.path("source").asText().equals(q.get("source")))
                    .map(FakeGitLabRoutes::listItem).collect(Collectors.toList());
            page(ex, list, q, seg);
        } else if (method.equals("GET") && rest.matches("pipelines/\\d+")) {
            ObjectNode pl = p.pipeline(Long.parseLong(seg[6]));
            if (pl == null) {
                FakeGitLab.send(ex, 404, "application/json", "{\"message\":\"404 Not found\"}");
                return;
            }
            ObjectNode detail = served(pl);
            detail.put("duration", pl.path("status").asText().equals("running") ? null : 95);
            detail.putObject("user").put("id", 3).put("name", pl.path("x-author").asText()).put("username", "dev");
            FakeGitLab.send(ex, 200, "application/json", detail.toString());
        } else if (method.equals("GET") && rest.matches("pipelines/\\d+/jobs")) {
            List<ObjectNode> jobs = p.jobs.getOrDefault(Long.parseLong(seg[6]), List.of()).stream()
                    .sorted((a, b) -> Long.compare(b.path("id").asLong(), a.path("id").asLong()))
                    .collect(Collectors.toList());
            page(ex, jobs, q, seg);
        } else if (method.equals("GET") && rest.matches("jobs/\\d+")) {
            FakeGitLab.send(ex, 200, "application/json", data.jobsById.get(Long.parseLong(seg[6])).toString());
        } else if (method.equals("GET") && rest.matches("jobs/\\d+/trace")) {
            byte[] trace = data.traces.getOrDefault(Long.parseLong(seg[6]), new byte[0]);
            FakeGitLab.send(ex, 200, "text/plain; charset=utf-8", trace);
        } else if (method.equals("POST") && rest.matches("pipelines/\\d+/(retry|cancel)")) {
            ObjectNode pl = p.pipeline(Long.parseLong(seg[6]));
            data.setPipelineStatus(p.path, pl.path("id").asLong(), seg[7].equals("retry") ? "pending" : "canceled");
            if (seg[7].equals("cancel")) { // GitLab cancels the jobs still to run or running
                p.jobs.getOrDefault(pl.path("id").asLong(), List.of()).stream()
                        .filter(j -> List.of("created", "pending", "running", "waiting_for_resource", "manual",
                                "preparing").contains(j.path("status").asText()))
                        .forEach(j -> data.setJobStatus(j.path("id").asLong(), "canceled"));
            }
            FakeGitLab.send(ex, 200, "application/json", served(pl).toString());
        } else if (method.equals("POST") && rest.matches("jobs/\\d+/play")
                && !data.jobsById.get(Long.parseLong(seg[6])).path("status").asText().equals("manual")) {
            FakeGitLab.send(ex, 400, "application/json", "{\"message\":\"400 Unplayable Job\"}");
        } else if (method.equals("POST") && rest.matches("jobs/\\d+/(retry|play)")) {
            ObjectNode job = data.jobsById.get(Long.parseLong(seg[6]));
            if (seg[7].equals("play")) {
                data.setJobStatus(job.path("id").asLong(), "pending");
            }
            FakeGitLab.send(ex, seg[7].equals("retry") ? 201 : 200, "application/json", job.toString());
        } else if (method.equals("POST") && rest.equals("pipeline")) {
            String ref = refOf(body);
            long id = data.addPipeline(p.path, ref, "created", "", "");
            Map<String, String> vars = variablesOf(body);
            data.variables.put(id, vars);
            data.rules.created(p.path, id, vars);
            ObjectNode created = served(p.pipeline(id));
            created.putObject("user").put("id", 3).put("name", "Zoé Lefèvre").put("username", "zoe");
            FakeGitLab.send(ex, 201, "application/json", created.toString());
        } else if (method.equals("GET") && rest.matches("jobs/\\d+/artifacts/.+")) {
            String file = URLDecoder.decode(String.join("/", List.of(seg).subList(8, seg.length)), StandardCharsets.UTF_8);
            byte[] bytes = data.artifacts.getOrDefault(Long.parseLong(seg[6]), Map.of()).get(file);
            if (bytes == null) {
                FakeGitLab.send(ex, 404, "application/json", "{\"message\":\"404 Not Found\"}");
            } else {
                FakeGitLab.send(ex, 200, "application/octet-stream", bytes);
            }
        } else if (method.equals("GET") && rest.equals("resource_groups")) {
            List<ObjectNode> groups = data.upcoming.keySet().stream().sorted().map(k -> {
                ObjectNode g = FakeGitLabData.MAPPER.createObjectNode();
                g.put("id", Math.abs(k.hashCode() % 1000)).put("key", k).put("process_mode", "unordered")
                        .put("created_at", FakeGitLabData.T0.toString()).put("updated_at", FakeGitLabData.T0.toString());
                return g;
            }).collect(Collectors.toList());
            page(ex, groups, q, seg);
        } else if (method.equals("GET") && rest.matches("resource_groups/[^/]+/upcoming_jobs")) {
            String key = URLDecoder.decode(seg[6], StandardCharsets.UTF_8);
            List<ObjectNode> jobs = data.upcoming.getOrDefault(key, List.of()).stream().map(data.jobsById::get)
                    .collect(Collectors.toList());
            page(ex, jobs, q, seg);
        } else if (method.equals("GET") && rest.matches("resource_groups/[^/]+/current_job")) {
            Long holder = data.current.get(URLDecoder.decode(seg[6], StandardCharsets.UTF_8));
            if (holder == null) {
                FakeGitLab.send(ex, 404, "application/json", "{\"message\":\"404 Not found\"}");
            } else {
                FakeGitLab.send(ex, 200, "application/json", data.jobsById.get(holder).toString());
            }
        } else if (method.equals("GET") && rest.equals("deployments")) {
            List<ObjectNode> list = p.deployments.stream()
                    .filter(d -> d.path("environment").path("name").asText().equals(q.get("environment")))
                    .sorted((a, b) -> b.path("updated_at").asText().compareTo(a.path("updated_at").asText()))
                    .collect(Collectors.toList());
            page(ex, list, q, seg);
        } else {
            FakeGitLab.send(ex, 404, "application/json", "{\"error\":\"404 Not Found\"}");
        }
    }

    private FakeGitLabData.Project find(String idOrPath) {
        return data.projects.values().stream()
                .filter(p -> p.path.equals(idOrPath) || String.valueOf(p.id).equals(idOrPath)).findFirst()
                .orElse(null);
    }

    /** The list view of a pipeline: no user, no duration (those come with GET /pipelines/:id). */
    private static ObjectNode listItem(ObjectNode p) {
        ObjectNode item = served(p);
        item.remove("duration");
        return item;
    }

    private static ObjectNode served(ObjectNode p) {
        ObjectNode copy = p.deepCopy();
        copy.remove("x-title");
        copy.remove("x-author");
        return copy;
    }

    /** The variables of a JSON body's [{"key": …, "value": …}]; none for a form. */
    private static Map<String, String> variablesOf(String body) throws IOException {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        if (body.startsWith("{")) {
            FakeGitLabData.MAPPER.readTree(body).path("variables").forEach(v -> out.put(v.path("key").asText(),
                    v.path("value").asText()));
        }
        return out;
    }

    /** ref from a form body (ref=main) or a JSON one ({"ref": "main", "variables": [...]}). */
    private static String refOf(String body) throws IOException {
        if (body.startsWith("{")) {
            return FakeGitLabData.MAPPER.readTree(body).path("ref").asText();
        }
        return FakeGitLab.params(body).getOrDefault("ref", "");
    }

    static void page(HttpExchange ex, List<ObjectNode> all, Map<String, String> q, String[] seg)
            throws IOException {
        int perPage = Math.min(100, Integer.parseInt(q.getOrDefault("per_page", "20")));
        int page = Math.max(1, Integer.parseInt(q.getOrDefault("page", "1")));
        int pages = Math.max(1, (all.size() + perPage - 1) / perPage);
        ArrayNode out = FakeGitLabData.MAPPER.createArrayNode();
        all.subList(Math.min(all.size(), (page - 1) * perPage), Math.min(all.size(), page * perPage))
                .forEach(out::add);
        var h = ex.getResponseHeaders();
        h.set("X-Total", String.valueOf(all.size()));
        h.set("X-Total-Pages", String.valueOf(pages));
        h.set("X-Per-Page", String.valueOf(perPage));
        h.set("X-Page", String.valueOf(page));
        h.set("X-Next-Page", page < pages ? String.valueOf(page + 1) : "");
        h.set("X-Prev-Page", page > 1 ? String.valueOf(page - 1) : "");
        Map<String, String> next = new HashMap<>(q);
        next.put("page", String.valueOf(page + 1));
        String self = String.join("/", seg);
        if (page < pages) {
            h.set("Link", "<http://gitlab.invalid" + self + "?" + FakeGitLab.query(next) + ">; rel=\"next\"");
        }
        FakeGitLab.send(ex, 200, "application/json", out.toString());
    }
}
