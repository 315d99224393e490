package io.triptych.gitlab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The issue and note paths of {@link FakeGitLab}, shaped on the v4 REST docs (Issues API, Notes API, Users API):
 * list issues (state, labels as an AND of comma-separated names, issue_type, search, page/per_page, newest
 * first), create (title, description, labels, issue_type, default "issue"), get, edit (add_labels,
 * remove_labels, labels, assignee_ids — 0 or empty unassigns —, state_event close/reopen), list notes
 * (newest first) and create a note. Parameters come from the query or a form body, as GitLab takes both.
 * Every change moves the issue's updated_at.
 */
final class FakeGitLabIssues {
    private final FakeGitLabData data;

    FakeGitLabIssues(FakeGitLabData data) {
        this.data = data;
    }

    /** @return false when the path is not an issue path */
    boolean route(HttpExchange ex, String method, FakeGitLabData.Project p, String rest, Map<String, String> query,
                  String body, ObjectNode user) throws IOException {
        Map<String, List<String>> params = params(query, body);
        String[] parts = rest.split("/");
        if (!parts[0].equals("issues")) {
            return false;
        }
        if (parts.length == 1 && method.equals("GET")) {
            FakeGitLabRoutes.page(ex, list(p, params), query, ("/api/v4/projects/" + p.id + "/issues").split("/"));
        } else if (parts.length == 1 && method.equals("POST")) {
            Runnable before = data.beforeIssueCreate;
            data.beforeIssueCreate = null;
            if (before != null) {
                before.run();
            }
            ObjectNode issue = data.addIssue(p.path, one(params, "title"), one(params, "description"),
                    labels(one(params, "labels")), params.containsKey("issue_type") ? one(params, "issue_type") : "issue",
                    user);
            FakeGitLab.send(ex, 201, "application/json", issue.toString());
        } else if (parts.length >= 2 && parts[1].matches("\\d+")) {
            ObjectNode issue = p.issue(Long.parseLong(parts[1]));
            if (issue == null) {
                FakeGitLab.send(ex, 404, "application/json", "{\"message\":\"404 Issue Not Found\"}");
            } else if (parts.length == 2 && method.equals("GET")) {
                FakeGitLab.send(ex, 200, "application/json", issue.toString());
            } else if (parts.length == 2 && method.equals("PUT")) {
                edit(issue, params);
                FakeGitLab.send(ex, 200, "application/json", issue.toString());
            } else if (parts.length == 3 && parts[2].equals("notes") && method.equals("GET")) {
                List<ObjectNode> notes = new ArrayList<>(p.notes.getOrDefault(issue.path("iid").asLong(), List.of()));
                notes.sort((a, b) -> b.path("id").asText().compareTo(a.path("id").asText()) == 0 ? 0
                        : Long.compare(b.path("id").asLong(), a.path("id").asLong()));
                FakeGitLabRoutes.page(ex, notes, query, ("/api/v4/projects/" + p.id + "/" + rest).split("/"));
            } else if (parts.length == 3 && parts[2].equals("notes") && method.equals("POST")) {
                ObjectNode note = data.addNote(p.path, issue.path("iid").asLong(), one(params, "body"), user);
                FakeGitLab.send(ex, 201, "application/json", note.toString());
            } else {
                FakeGitLab.send(ex, 404, "application/json", "{\"error\":\"404 Not Found\"}");
            }
        } else {
            FakeGitLab.send(ex, 404, "application/json", "{\"error\":\"404 Not Found\"}");
        }
        return true;
    }

    private static List<ObjectNode> list(FakeGitLabData.Project p, Map<String, List<String>> q) {
        String state = q.containsKey("state") ? one(q, "state") : "all";
        Set<String> wanted = labels(q.containsKey("labels") ? one(q, "labels") : "");
        String type = q.containsKey("issue_type") ? one(q, "issue_type") : null;
        String search = q.containsKey("search") ? one(q, "search") : null;
        return p.issues.stream()
                .filter(i -> state.equals("all") || i.path("state").asText().equals(state))
                .filter(i -> labelsOf(i).containsAll(wanted))
                .filter(i -> type == null || i.path("issue_type").asText().equals(type))
                .filter(i -> search == null || i.path("title").asText().contains(search)
                        || i.path("description").asText().contains(search))
                .sorted((a, b) -> Long.compare(b.path("iid").asLong(), a.path("iid").asLong()))
                .map(ObjectNode::deepCopy).collect(Collectors.toList());
    }

    private void edit(ObjectNode issue, Map<String, List<String>> q) {
        Set<String> labels = labelsOf(issue);
        if (q.containsKey("labels")) {
            labels = labels(one(q, "labels"));
        }
        if (q.containsKey("add_labels")) {
            labels.addAll(labels(one(q, "add_labels")));
        }
        if (q.containsKey("remove_labels")) {
            labels.removeAll(labels(one(q, "remove_labels")));
        }
        ArrayNode l = issue.putArray("labels");
        labels.forEach(l::add);
        List<String> ids = q.containsKey("assignee_ids[]") ? q.get("assignee_ids[]") : q.get("assignee_ids");
        if (ids != null) {
            ArrayNode assignees = issue.putArray("assignees");
            ids.stream().filter(id -> !id.isBlank() && !id.equals("0"))
                    .forEach(id -> assignees.add(data.userById(Long.parseLong(id))));
            if (assignees.isEmpty()) {
                issue.putNull("assignee");
            } else {
                issue.set("assignee", assignees.get(0).deepCopy());
            }
        }
        if (q.containsKey("state_event")) {
            boolean close = one(q, "state_event").equals("close");
            issue.put("state", close ? "closed" : "opened");
            if (close) {
                issue.put("closed_at", data.tick());
            } else {
                issue.putNull("closed_at");
            }
        }
        issue.put("updated_at", data.tick());
    }

    static Set<String> labelsOf(JsonNode issue) {
        Set<String> out = new LinkedHashSet<>();
        issue.path("labels").forEach(n -> out.add(n.asText()));
        return out;
    }

    private static Set<String> labels(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static String one(Map<String, List<String>> params, String key) {
        List<String> v = params.get(key);
        return v == null || v.isEmpty() ? "" : v.get(0);
    }

    /** Query and form body together, each name with all its values (assignee_ids[]=1&assignee_ids[]=2). */
    private static Map<String, List<String>> params(Map<String, String> query, String body) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        query.forEach((k, v) -> out.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
        if (body != null && !body.isEmpty() && !body.startsWith("{")) {
            for (String pair : body.split("&")) {
                int eq = pair.indexOf('=');
                String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                out.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
            }
        }
        return out;
    }
}
