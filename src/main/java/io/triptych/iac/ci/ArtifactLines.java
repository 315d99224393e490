package io.triptych.iac.ci;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A CI plan's artifacts as lines of Terraform's own machine-readable UI, so the run's parser, console, tally
 * and stored log read them like a local plan's: the Terraform report ({@code artifacts:reports:terraform}, the
 * {@code {"create":N,"update":N,"delete":N}} GitLab shows in merge requests) becomes a {@code change_summary};
 * the full plan ({@code terraform show -json}) becomes one {@code planned_change} per resource, and its
 * {@code resource_drift} one {@code resource_drift} each.
 */
final class ArtifactLines {
    /** The job's Terraform report, as the README's .gitlab-ci.yml names it. */
    static final String REPORT = "plan-report.json";
    /** The job's {@code terraform show -json} of its plan. */
    static final String PLAN = "plan.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ArtifactLines() {
    }

    /** The counts of a report; empty when it is not one. */
    static Optional<int[]> counts(byte[] report) {
        try {
            JsonNode n = JSON.readTree(report);
            if (n == null || !n.isObject() || !n.has("create") && !n.has("update") && !n.has("delete")) {
                return Optional.empty();
            }
            return Optional.of(new int[] {n.path("create").asInt(), n.path("update").asInt(), n.path("delete").asInt()});
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static String summary(int[] counts, String operation, String from) {
        ObjectNode n = JSON.createObjectNode();
        n.put("@level", "info");
        n.put("@message", "Plan: " + counts[0] + " to add, " + counts[1] + " to change, " + counts[2]
                + " to destroy (from the job's " + from + ")");
        n.put("type", "change_summary");
        n.putObject("changes").put("add", counts[0]).put("change", counts[1]).put("remove", counts[2])
                .put("operation", operation);
        return n.toString();
    }

    /** planned_change (and resource_drift) lines of a {@code terraform show -json} plan; empty if unreadable. */
    static List<String> plan(byte[] plan, boolean drift) {
        List<String> out = new ArrayList<>();
        JsonNode root;
        try {
            root = JSON.readTree(plan);
        } catch (IOException e) {
            return out;
        }
        if (root == null) {
            return out;
        }
        for (JsonNode rc : root.path(drift ? "resource_drift" : "resource_changes")) {
            String action = action(rc.path("change").path("actions"));
            if (action.isEmpty()) {
                continue;
            }
            String address = rc.path("address").asText("");
            ObjectNode n = JSON.createObjectNode();
            n.put("@level", "info");
            n.put("@message", address + ": " + (drift ? "drift detected (" + action + ")" : "plan to " + action));
            n.put("type", drift ? "resource_drift" : "planned_change");
            ObjectNode change = n.putObject("change");
            change.putObject("resource").put("addr", address);
            change.put("action", action);
            if (rc.hasNonNull("action_reason")) {
                change.put("reason", rc.path("action_reason").asText());
            }
            out.add(n.toString());
        }
        return out;
    }

    /** Terraform's JSON plan actions as the UI's words: [delete, create] is a replace; no-op is nothing. */
    private static String action(JsonNode actions) {
        List<String> a = new ArrayList<>();
        actions.forEach(x -> a.add(x.asText()));
        if (a.contains("delete") && a.contains("create")) {
            return "replace";
        }
        if (a.isEmpty() || a.equals(List.of("no-op"))) {
            return "";
        }
        return a.get(0);
    }

    static String error(String message) {
        ObjectNode n = JSON.createObjectNode();
        n.put("@level", "error");
        n.put("@message", "Error: " + message);
        n.put("type", "diagnostic");
        n.putObject("diagnostic").put("severity", "error").put("summary", message).put("detail", "");
        return n.toString();
    }
}
