package io.triptych.gitlab;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.triptych.config.GitLabConfig;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * A GitLab in a test: the v4 API on 127.0.0.1 (random port) for pipelines, jobs, traces, deployments and the
 * actions, shaped on the public API docs. Checks the PRIVATE-TOKEN header (401 otherwise). Programmable: data
 * ({@link #data()}), faults per path part (status and body, 429 with Retry-After, hangs, malformed JSON),
 * latency; records every request (method, raw path and query, body).
 */
public final class FakeGitLab implements AutoCloseable {
    public static final String TOKEN = "glpat-FAKE-token-0123456789";

    /** One request as received: the path is raw (a project path stays "svom%2Fsdb-api"). */
    public record Request(String method, String path, String query, String body) {
        public String line() {
            return method + " " + path + (query == null ? "" : "?" + query);
        }
    }

    private record Fault(int status, String contentType, String body, Duration hang, Map<String, String> headers) {
    }

    private final HttpServer server;
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fake-gitlab");
        t.setDaemon(true);
        return t;
    });
    private final FakeGitLabData data = new FakeGitLabData();
    private final FakeGitLabRoutes routes = new FakeGitLabRoutes(data);
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Fault> faults = new ConcurrentHashMap<>();
    private volatile String token = TOKEN;
    private volatile Duration latency = Duration.ZERO;
    /** Path part → (status, bytes of padding streamed without a length; -1: without end). */
    private final Map<String, long[]> floods = new ConcurrentHashMap<>();

    public FakeGitLab() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(pool);
        server.createContext("/", this::handle);
        server.start();
        data.base = url().toString();
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public FakeGitLabData data() {
        return data;
    }

    /** A site file's gitlab block for this server. */
    public GitLabConfig config(String ref, int limit, String... projects) {
        return new GitLabConfig(url(), "GITLAB_TOKEN", List.of(projects), Optional.ofNullable(ref), limit,
                Optional.empty());
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public long count(String method, String pathPart) {
        return requests.stream().filter(r -> r.method().equals(method) && r.path().contains(pathPart)).count();
    }

    public void clearRequests() {
        requests.clear();
    }

    // ---- Programming ----
    public FakeGitLab acceptToken(String newToken) { token = newToken; return this; }

    /** The variable Maven Surefire sets for the end-to-end tests (pom.xml); their site files name it. */
    public static final String E2E_TOKEN_ENV = "TRIPTYCH_E2E_GITLAB_TOKEN";

    /** Accepts the token Surefire put in {@link #E2E_TOKEN_ENV} and returns it; fails the test when it is unset. */
    public String acceptE2eToken() {
        String e2e = System.getenv(E2E_TOKEN_ENV);
        org.assertj.core.api.Assertions.assertThat(e2e)
                .as(E2E_TOKEN_ENV + " is set by Maven Surefire (pom.xml): run this test through Maven").isNotBlank();
        acceptToken(e2e);
        return e2e;
    }
    public FakeGitLab latency(Duration d) { latency = d; return this; }
    public FakeGitLab clearFaults() { faults.clear(); floods.clear(); return this; }

    /** Answers {@code status} with a JSON-looking body that never ends (an endless GitLab, or a proxy gone wrong). */
    public FakeGitLab endlessReply(String pathPart, int status) {
        floods.put(pathPart, new long[] {status, -1});
        return this;
    }

    /** Requests whose path contains {@code pathPart} answer {@code status} with GitLab's {"message": …} body. */
    public FakeGitLab failWith(String pathPart, int status, String message) {
        return replyWith(pathPart, status, "application/json", "{\"message\":\"" + message + "\"}");
    }

    public FakeGitLab replyWith(String pathPart, int status, String contentType, String body) {
        faults.put(pathPart, new Fault(status, contentType, body, null, Map.of()));
        return this;
    }

    /** 429 Too Many Requests with a Retry-After (seconds), as GitLab's rate limiter answers. */
    public FakeGitLab rateLimit(String pathPart, int retryAfterSeconds) {
        faults.put(pathPart, new Fault(429, "text/plain", "Retry later\n", null,
                Map.of("Retry-After", String.valueOf(retryAfterSeconds), "RateLimit-Limit", "600",
                        "RateLimit-Remaining", "0")));
        return this;
    }

    public FakeGitLab hang(String pathPart, Duration d) {
        faults.put(pathPart, new Fault(0, null, null, d, Map.of()));
        return this;
    }

    public FakeGitLab sendMalformedJson(String pathPart) {
        return replyWith(pathPart, 200, "application/json", "[{\"id\": 48213, \"status\": \"succ");
    }

    private void handle(HttpExchange ex) throws IOException {
        try {
            String path = ex.getRequestURI().getRawPath();
            String query = ex.getRequestURI().getRawQuery();
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(new Request(ex.getRequestMethod(), path, query, body));
            Thread.sleep(latency.toMillis());
            Fault fault = faults.entrySet().stream().filter(e -> path.contains(e.getKey())).map(Map.Entry::getValue)
                    .findFirst().orElse(null);
            long[] flood = floods.entrySet().stream().filter(e -> path.contains(e.getKey())).map(Map.Entry::getValue)
                    .findFirst().orElse(null);
            if (flood != null) {
                flood(ex, (int) flood[0], flood[1]);
            } else if (fault != null && fault.hang() != null) {
                Thread.sleep(fault.hang().toMillis());
            } else if (user(ex.getRequestHeaders().getFirst("PRIVATE-TOKEN")) == null) {
                send(ex, 401, "application/json", "{\"message\":\"401 Unauthorized\"}");
                return;
            } else if (fault != null) {
                fault.headers().forEach((k, v) -> ex.getResponseHeaders().set(k, v));
                send(ex, fault.status(), fault.contentType(), fault.body());
                return;
            }
            routes.route(ex, ex.getRequestMethod(), path.split("/", -1), params(query), body,
                    user(ex.getRequestHeaders().getFirst("PRIVATE-TOKEN")));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            send(ex, 500, "application/json", "{\"message\":\"500 Internal Server Error\"}");
        } finally {
            ex.close();
        }
    }

    /** The accepted token acts as Zoé (id 3); other tokens act as the users added for them. */
    private com.fasterxml.jackson.databind.node.ObjectNode user(String presented) {
        if (presented == null) {
            return null;
        }
        if (presented.equals(token)) {
            com.fasterxml.jackson.databind.node.ObjectNode u = data.userByToken(presented);
            return u != null ? u : FakeGitLabData.zoe();
        }
        return data.userByToken(presented);
    }

    private static void flood(HttpExchange ex, int status, long bytes) {
        byte[] chunk = new byte[64 * 1024];
        java.util.Arrays.fill(chunk, (byte) ' ');
        try (OutputStream out = ex.getResponseBody()) {
            ex.getResponseHeaders().set("Content-Type", "application/json");
            ex.sendResponseHeaders(status, 0);
            out.write("[{\"message\": \"".getBytes(StandardCharsets.UTF_8));
            for (long sent = 0; bytes < 0 || sent < bytes; sent += chunk.length) {
                out.write(chunk);
            }
        } catch (IOException e) {
            // the client stopped reading: what an endless reply is for
        }
    }

    static void send(HttpExchange ex, int status, String contentType, String body) throws IOException {
        send(ex, status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    static void send(HttpExchange ex, int status, String contentType, byte[] bytes) throws IOException {
        ex.getResponseHeaders().set("Content-Type", contentType);
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    static Map<String, String> params(String query) {
        Map<String, String> out = new LinkedHashMap<>();
        if (query != null && !query.isEmpty()) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return out;
    }

    static String query(Map<String, String> q) {
        return q.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
