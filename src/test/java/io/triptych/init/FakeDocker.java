package io.triptych.init;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A Docker engine's API reduced to what init and a status need, over plain TCP: {@code _ping} answers OK, the
 * lists (services, tasks, nodes) are empty but for the services given, other reads an empty object.
 */
public final class FakeDocker implements AutoCloseable {
    private final HttpServer server;
    private final List<String> paths = new CopyOnWriteArrayList<>();
    private volatile String services = "[]";

    public FakeDocker() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** tcp://127.0.0.1:PORT */
    public String host() {
        return "tcp://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<String> paths() {
        return List.copyOf(paths);
    }

    /** Services of these stacks (one each), as {@code GET /services} lists them. */
    public FakeDocker stacks(String... names) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < names.length; i++) {
            sb.append(i == 0 ? "" : ",").append("{\"ID\":\"s").append(i).append("\",\"Spec\":{\"Name\":\"")
                    .append(names[i]).append("_web\",\"Labels\":{\"com.docker.stack.namespace\":\"").append(names[i])
                    .append("\"},\"Mode\":{\"Replicated\":{\"Replicas\":0}}}}");
        }
        services = sb.append("]").toString();
        return this;
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        paths.add(path);
        String body;
        String type = "application/json";
        if (path.endsWith("/_ping")) {
            body = "OK";
            type = "text/plain";
        } else if (path.endsWith("/services")) {
            body = services;
        } else if (path.endsWith("/tasks") || path.endsWith("/nodes")) {
            body = "[]";
        } else {
            body = "{}";
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
