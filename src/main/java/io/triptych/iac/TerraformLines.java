package io.triptych.iac;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Terraform's machine-readable UI ({@code -json}: one JSON object a line, documented in Terraform's
 * "machine-readable UI" page) turned into run events. A line that is not JSON (a provider's stray print,
 * {@code version -json}'s pretty output) is shown as it is.
 */
public final class TerraformLines {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern VERSION = Pattern.compile("\"(terraform|tofu)_version\"\\s*:\\s*\"([^\"]+)\"");

    private TerraformLines() {
    }

    public static List<RunEvent> parse(String line) {
        List<RunEvent> out = new ArrayList<>(2);
        String t = line.strip();
        if (!t.startsWith("{") || !t.endsWith("}")) {
            Matcher v = VERSION.matcher(t);
            if (v.find()) {
                out.add(new RunEvent.ToolVersion(v.group(1), v.group(2)));
            }
            out.add(new RunEvent.Line(line, RunEvent.Level.NORMAL));
            return out;
        }
        JsonNode n;
        try {
            n = JSON.readTree(t);
        } catch (java.io.IOException e) {
            out.add(new RunEvent.Line(line, RunEvent.Level.NORMAL));
            return out;
        }
        String type = n.path("type").asText("");
        String message = n.path("@message").asText(line);
        RunEvent.Level level = level(n.path("@level").asText(""));
        switch (type) {
            case "version":
                out.add(new RunEvent.ToolVersion(n.has("tofu") ? "tofu" : "terraform",
                        n.path(n.has("tofu") ? "tofu" : "terraform").asText("")));
                break;
            case "planned_change":
                out.add(new RunEvent.PlannedChange(n.path("change").path("resource").path("addr").asText(""),
                        n.path("change").path("action").asText(""), n.path("change").path("reason").asText("")));
                break;
            case "resource_drift":
                out.add(new RunEvent.Drifted(n.path("change").path("resource").path("addr").asText(""),
                        n.path("change").path("action").asText("")));
                break;
            case "change_summary":
                JsonNode c = n.path("changes");
                out.add(new RunEvent.ChangeSummary(c.path("add").asInt(), c.path("change").asInt(),
                        c.path("remove").asInt(), c.path("operation").asText("plan")));
                break;
            case "apply_start": case "apply_progress": case "apply_complete": case "refresh_start":
            case "refresh_complete": case "provision_start": case "provision_progress":
                out.add(new RunEvent.Progress(message));
                break;
            case "diagnostic":
                return diagnostic(n.path("diagnostic"), message, level);
            default:
                break;
        }
        out.add(new RunEvent.Line(message, level));
        return out;
    }

    private static List<RunEvent> diagnostic(JsonNode d, String message, RunEvent.Level fallback) {
        RunEvent.Level sev = d.path("severity").asText("").equals("warning") ? RunEvent.Level.WARNING
                : d.path("severity").asText("").equals("error") ? RunEvent.Level.ERROR : fallback;
        java.util.Optional<StateLockInfo> locked = StateLockInfo.of(d.path("summary").asText(""),
                d.path("detail").asText(""));
        if (locked.isPresent()) { // who holds the state, in one line, instead of Terraform's paragraph
            String line = locked.get().line();
            return List.of(new RunEvent.Diagnostic(sev, line, "", "", 0), new RunEvent.Line(line, sev));
        }
        JsonNode range = d.path("range");
        RunEvent.Diagnostic diag = new RunEvent.Diagnostic(sev, d.path("summary").asText(message),
                d.path("detail").asText(""), range.path("filename").asText(""),
                range.path("start").path("line").asInt(0));
        List<RunEvent> out = new ArrayList<>(3);
        out.add(diag);
        String where = diag.where().isEmpty() ? "" : " (" + diag.where() + ")";
        out.add(new RunEvent.Line(message + where, sev));
        if (!diag.detail().isEmpty()) {
            for (String l : diag.detail().split("\n")) {
                out.add(new RunEvent.Line("  " + l, sev));
            }
        }
        return out;
    }

    private static RunEvent.Level level(String l) {
        return l.equals("error") ? RunEvent.Level.ERROR : l.equals("warn") ? RunEvent.Level.WARNING
                : RunEvent.Level.NORMAL;
    }
}
