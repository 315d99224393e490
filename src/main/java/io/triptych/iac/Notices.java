package io.triptych.iac;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How a {@link RunEvent.Notice} crosses a run's output stream (a CI job seen as a process writes lines): one JSON
 * object a line, shaped like Terraform's machine-readable UI ({@code type}, {@code @message}), so a reader that
 * does not know it still shows the English message. The session decodes it back into a typed event, writes the
 * English text to the run's log and lets the console word it in the user's language.
 */
public final class Notices {
    static final String TYPE = "triptych_notice";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Notices() {
    }

    /** The line that carries a notice. */
    public static String encode(String key, String english, Object... args) {
        ObjectNode n = JSON.createObjectNode().put("type", TYPE).put("key", key).put("@message", english);
        var a = n.putArray("args");
        for (Object o : args) {
            a.add(String.valueOf(o));
        }
        return n.toString();
    }

    /** The notice a line carries, if it is one. */
    public static Optional<RunEvent.Notice> decode(String line) {
        String t = line.strip();
        if (!t.startsWith("{\"type\":\"" + TYPE + "\"") || !t.endsWith("}")) {
            return Optional.empty();
        }
        try {
            JsonNode n = JSON.readTree(t);
            List<String> args = new ArrayList<>();
            n.path("args").forEach(a -> args.add(a.asText()));
            return Optional.of(new RunEvent.Notice(n.path("key").asText(""), args, n.path("@message").asText("")));
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
    }
}
