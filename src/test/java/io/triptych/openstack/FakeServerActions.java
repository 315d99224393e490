package io.triptych.openstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Nova's server actions as the compute api-ref defines them, for {@link FakeOpenStack}:
 * {@code POST /servers/{id}/action} with {@code os-start} (SHUTOFF), {@code os-stop} (ACTIVE, ERROR),
 * {@code reboot {type: SOFT}} (ACTIVE) or {@code {type: HARD}} (ACTIVE, ERROR, SHUTOFF, PAUSED, SUSPENDED,
 * REBOOT, HARD_REBOOT) answer 202 with no body and start the transition (task_state {@code powering-off},
 * status {@code REBOOT}…), which {@link FakeCloudData#settle} completes; a wrong state answers 409 with a
 * {@code conflictingRequest} body. {@code os-getConsoleOutput {length}} answers 200 {@code {"output"}} with
 * the last {@code length} lines. {@code POST /servers/{id}/remote-consoles} exists from microversion 2.6
 * (404 before) and answers 200 {@code {"remote_console": {protocol, type, url}}} for an ACTIVE server.
 */
final class FakeServerActions {
    record Answer(int status, String body) {
    }

    private static final Set<String> HARD = Set.of("ACTIVE", "ERROR", "SHUTOFF", "PAUSED", "SUSPENDED", "REBOOT",
            "HARD_REBOOT");

    /** {@code rest} is "compute/v2.1/servers/{id}/action" or ".../remote-consoles"; null: not an action. */
    Answer answer(String rest, String method, JsonNode body, String microversion, String base) {
        String[] p = rest.split("/");
        if (p.length != 5 || !p[0].equals("compute") || !p[2].equals("servers") || !method.equals("POST")) {
            return null;
        }
        ObjectNode server = server(p[3]);
        if (server == null) {
            return new Answer(404, "{\"itemNotFound\": {\"code\": 404, \"message\": \"Instance " + p[3]
                    + " could not be found.\"}}");
        }
        return switch (p[4]) {
            case "action" -> action(server, body);
            case "remote-consoles" -> remoteConsole(server, body, microversion, base);
            default -> null;
        };
    }

    private final FakeCloudData data;

    FakeServerActions(FakeCloudData data) {
        this.data = data;
    }

    private ObjectNode server(String id) {
        return data.server(id);
    }

    private Answer action(ObjectNode server, JsonNode body) {
        String status = server.path("status").asText();
        boolean busy = !server.path(ServerMapper.TASK_STATE).isNull() && !server.path(ServerMapper.TASK_STATE)
                .asText().isEmpty();
        if (body.has("os-start")) {
            return transition(server, "start", status.equals("SHUTOFF") && !busy, status, "powering-on");
        }
        if (body.has("os-stop")) {
            return transition(server, "stop", (status.equals("ACTIVE") || status.equals("ERROR")) && !busy, status,
                    "powering-off");
        }
        if (body.has("reboot")) {
            String type = body.path("reboot").path("type").asText();
            if (type.equals("SOFT")) {
                return transition(server, "reboot", status.equals("ACTIVE") && !busy, "REBOOT", "reboot_pending");
            }
            if (type.equals("HARD")) {
                return transition(server, "reboot", HARD.contains(status), "HARD_REBOOT", "reboot_pending_hard");
            }
            return badRequest("Invalid input for field/attribute type. Value: " + type + ". '" + type
                    + "' is not one of ['HARD', 'Hard', 'hard', 'SOFT', 'Soft', 'soft']");
        }
        if (body.has("os-getConsoleOutput")) {
            if (status.equals("BUILD")) {
                return conflict("Instance " + server.path("id").asText() + " is not ready yet");
            }
            JsonNode length = body.path("os-getConsoleOutput").path("length");
            String[] lines = data.consoleOf(server.path("id").asText()).split("\n", -1);
            int n = length.isMissingNode() || length.isNull() || length.asInt() < 0 ? lines.length
                    : Math.min(length.asInt(), lines.length);
            String output = String.join("\n", Arrays.asList(lines).subList(lines.length - n, lines.length));
            return new Answer(200, Fixtures.MAPPER.createObjectNode().put("output", output).toString());
        }
        return badRequest("There is no such action: " + body.fieldNames().next());
    }

    private Answer transition(ObjectNode server, String verb, boolean allowed, String newStatus, String task) {
        if (!allowed) {
            return conflict("Cannot '" + verb + "' instance " + server.path("id").asText() + " while it is in vm_state "
                    + server.path("OS-EXT-STS:vm_state").asText(server.path("status").asText().toLowerCase(Locale.ROOT))
                    + (server.path(ServerMapper.TASK_STATE).asText("").isEmpty() ? ""
                    : " and task_state " + server.path(ServerMapper.TASK_STATE).asText()));
        }
        server.put("status", newStatus).put(ServerMapper.TASK_STATE, task);
        return new Answer(202, "");
    }

    /** Completes the transition an action started: the stable state it leads to, task_state cleared. */
    static void settle(ObjectNode server) {
        String task = server.path(ServerMapper.TASK_STATE).asText("");
        String to = switch (task) {
            case "powering-off" -> "SHUTOFF";
            case "powering-on", "reboot_pending", "reboot_pending_hard", "rebooting", "rebooting_hard" -> "ACTIVE";
            default -> server.path("status").asText();
        };
        server.put("status", to).putNull(ServerMapper.TASK_STATE).put("OS-EXT-STS:vm_state",
                to.equals("SHUTOFF") ? "stopped" : to.toLowerCase(Locale.ROOT))
                .put("OS-EXT-STS:power_state", to.equals("SHUTOFF") ? 4 : 1);
    }

    private Answer remoteConsole(ObjectNode server, JsonNode body, String microversion, String base) {
        if (microversion == null || version(microversion) < 6) {
            return new Answer(404, "{\"itemNotFound\": {\"code\": 404, \"message\": \"The resource could not be"
                    + " found.\"}}");
        }
        String protocol = body.path("remote_console").path("protocol").asText();
        String type = body.path("remote_console").path("type").asText();
        if (!protocol.equals("vnc") || !type.equals("novnc")) {
            return badRequest("Invalid input for field/attribute remote_console.");
        }
        if (!server.path("status").asText().equals("ACTIVE")) {
            return conflict("Instance " + server.path("id").asText() + " is not ready yet");
        }
        ObjectNode c = Fixtures.MAPPER.createObjectNode();
        c.putObject("remote_console").put("protocol", protocol).put("type", type)
                .put("url", base + "/vnc_auto.html?path=%3Ftoken%3Dconsole-token-" + server.path("id").asText());
        return new Answer(200, c.toString());
    }

    /** "2.6" → 6 (major 2 assumed), from either microversion header's value ("compute 2.6" or "2.6"). */
    private static int version(String header) {
        String v = header.replace("compute", "").strip();
        try {
            return Integer.parseInt(v.substring(v.indexOf('.') + 1));
        } catch (RuntimeException e) {
            return 0;
        }
    }

    private static Answer conflict(String message) {
        ObjectNode e = Fixtures.MAPPER.createObjectNode();
        e.putObject("conflictingRequest").put("code", 409).put("message", message);
        return new Answer(409, e.toString());
    }

    private static Answer badRequest(String message) {
        ObjectNode e = Fixtures.MAPPER.createObjectNode();
        e.putObject("badRequest").put("code", 400).put("message", message);
        return new Answer(400, e.toString());
    }
}
