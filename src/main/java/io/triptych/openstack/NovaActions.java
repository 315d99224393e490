package io.triptych.openstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.triptych.domain.Server;
import io.triptych.domain.ServerAction;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * Nova's server actions (compute api-ref): {@code POST /servers/{id}/action} with {@code os-start},
 * {@code os-stop}, {@code reboot {type: SOFT|HARD}} (202, no body) or {@code os-getConsoleOutput {length}}
 * (200, {@code {"output": …}}), and {@code POST /servers/{id}/remote-consoles} at microversion 2.6 (200,
 * {@code {"remote_console": {protocol, type, url}}}). A 409 — the server's state does not allow it — is
 * an {@link OpenStackException} with status 409; the caller says so in one line. The remote console's URL
 * carries a token: it is returned, never logged nor put in a message.
 */
final class NovaActions {
    /** Made on the first action: a status, which makes none, never loads Jackson's data binding. */
    private static final class Trees {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }
    private static final MediaType JSON = MediaType.get("application/json");
    /** Remote consoles exist from microversion 2.6; every other call stays on 2.1. */
    static final String CONSOLE_MICROVERSION = "2.6";

    private final Session session;

    NovaActions(Session session) {
        this.session = session;
    }

    void power(Server server, ServerAction action) throws OpenStackException {
        ObjectNode body = Trees.MAPPER.createObjectNode();
        switch (action) {
            case START -> body.putNull("os-start");
            case STOP -> body.putNull("os-stop");
            case REBOOT -> body.putObject("reboot").put("type", "SOFT");
            case HARD_REBOOT -> body.putObject("reboot").put("type", "HARD");
            default -> throw new IllegalArgumentException(action + " is not a power action");
        }
        post(server, "action", body, null);
    }

    /** The last {@code lines} lines of the console ({@code length}); "" when Nova has none yet. */
    String consoleLog(Server server, int lines) throws OpenStackException {
        ObjectNode body = Trees.MAPPER.createObjectNode();
        body.putObject("os-getConsoleOutput").put("length", lines);
        Reply reply = post(server, "action", body, null);
        JsonNode output = reply.json().path("output");
        if (!output.isTextual() && !output.isNull()) {
            throw new OpenStackException("Nova sent no \"output\" for the console log of " + server.name(),
                    reply.status());
        }
        return output.isNull() ? "" : output.asText();
    }

    /** A noVNC console's URL (it carries an access token: the caller opens it and forgets it). */
    String remoteConsole(Server server) throws OpenStackException {
        ObjectNode body = Trees.MAPPER.createObjectNode();
        body.putObject("remote_console").put("protocol", "vnc").put("type", "novnc");
        Reply reply = post(server, "remote-consoles", body, CONSOLE_MICROVERSION);
        String url = OpenStackJson.text(reply.json().path("remote_console"), "url");
        if (!url.startsWith("https://") && !url.startsWith("http://")) {
            throw new OpenStackException("Nova sent no console address for " + server.name(), reply.status());
        }
        return url;
    }

    private Reply post(Server server, String below, ObjectNode body, String microversion)
            throws OpenStackException {
        String path = "servers/" + server.id() + "/" + below;
        String what = "POST /" + path;
        return session.call(token -> {
            HttpUrl url = session.endpoint(token, Api.NOVA).newBuilder().addPathSegments(path).build();
            Request.Builder r = new Request.Builder().url(url).header("X-Auth-Token", token.id())
                    .header("Accept", "application/json")
                    .post(RequestBody.create(JSON, body.toString()));
            if (microversion != null) {
                r.header("OpenStack-API-Version", "compute " + microversion)
                        .header("X-OpenStack-Nova-API-Version", microversion);
            }
            Reply reply = session.rest().send(Api.NOVA, r.build(), what);
            if (!reply.ok()) {
                throw reply.failure();
            }
            return reply;
        });
    }
}
