package io.triptych.openstack;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * The serving side of {@link FakeOpenStack}: its programmable state, and each request answered — logged,
 * delayed, faulted, authenticated, then routed to a paged list. Every field may change while requests run.
 */
final class FakeHandler {
    record Fault(int status, String contentType, String body, Duration hang, String location) {
    }

    final FakeKeystone keystone = new FakeKeystone();
    final FakeCloudData data = new FakeCloudData();
    final FakeRequests requests = new FakeRequests();
    final FakeServerActions actions = new FakeServerActions(data);
    final Map<String, Fault> faults = new ConcurrentHashMap<>();
    volatile String base;
    volatile List<String> regions = List.of("RegionOne");
    volatile Duration latency = Duration.ZERO;
    volatile int maxLimit = 1000;
    volatile String nextLinkBase;
    volatile boolean echoRefusedAuth;
    volatile Map<String, byte[]> answers; // null: computed on each request
    /** Opens when the cloud closes: a hang ends then at the latest, so no thread outlives the test. */
    final CountDownLatch closed = new CountDownLatch(1);
    /** Requests being held by a hang right now. */
    final AtomicInteger hanging = new AtomicInteger();
    /** Path part → bytes of JSON-looking padding to stream (chunked, no length); -1: without end. */
    final Map<String, Long> floods = new ConcurrentHashMap<>();

    void handle(HttpExchange ex) throws IOException {
        long received = System.nanoTime();
        String line = null;
        try {
            String path = ex.getRequestURI().getRawPath();
            String query = ex.getRequestURI().getRawQuery();
            line = requests.add(ex.getRequestMethod(), path, query);
            Thread.sleep(latency.toMillis());
            Fault fault = faults.entrySet().stream().filter(e -> path.contains(e.getKey())).map(Map.Entry::getValue)
                    .findFirst().orElse(null);
            Long flood = floods.entrySet().stream().filter(e -> path.contains(e.getKey())).map(Map.Entry::getValue)
                    .findFirst().orElse(null);
            if (flood != null) {
                flood(ex, flood);
                return;
            }
            if (fault != null && fault.hang() != null) {
                hanging.incrementAndGet();
                try {
                    closed.await(fault.hang().toMillis(), TimeUnit.MILLISECONDS);
                } finally {
                    hanging.decrementAndGet();
                }
            } else if (fault != null) {
                if (fault.location() != null) {
                    ex.getResponseHeaders().set("Location", fault.location());
                }
                send(ex, fault.status(), fault.contentType(), fault.body());
                return;
            }
            if (path.equals("/identity/v3/auth/tokens") && ex.getRequestMethod().equals("POST")) {
                authenticate(ex);
            } else if (!keystone.valid(ex.getRequestHeaders().getFirst("X-Auth-Token"))) {
                send(ex, 401, "application/json", "{\"error\": {\"code\": 401, \"title\": \"Unauthorized\", "
                        + "\"message\": \"The request you have made requires authentication.\"}}");
            } else {
                route(ex, path, query);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            ex.close();
            if (line != null) {
                requests.answered(line, received);
            }
        }
    }

    private void authenticate(HttpExchange ex) throws IOException {
        String request = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String[] token = keystone.authenticate(Fixtures.parse(request), base, regions);
        if (token == null && echoRefusedAuth) {
            ObjectNode err = Fixtures.MAPPER.createObjectNode();
            err.putObject("error").put("code", 400).put("title", "Bad Request")
                    .put("message", "Invalid input for field 'identity': " + request);
            send(ex, 400, "application/json", err.toString());
        } else if (token == null) {
            send(ex, 401, "application/json", "{\"error\": {\"code\": 401, \"title\": \"Unauthorized\", "
                    + "\"message\": \"The request you have made requires authentication.\"}}");
        } else {
            ex.getResponseHeaders().set("X-Subject-Token", token[0]);
            send(ex, 201, "application/json", token[1]);
        }
    }

    private record Route(List<ObjectNode> items, String collection, boolean glance, UnaryOperator<ObjectNode> view) {
    }

    private void route(HttpExchange ex, String path, String query) throws IOException {
        String[] parts = path.split("/", 3); // "", region, rest
        String rest = parts.length == 3 && regions.contains(parts[1]) ? parts[2].replaceFirst("^internal/", "") : "";
        if (ex.getRequestMethod().equals("POST")) {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String version = ex.getRequestHeaders().getFirst("OpenStack-API-Version");
            if (version == null) {
                version = ex.getRequestHeaders().getFirst("X-OpenStack-Nova-API-Version");
            }
            requests.posted("POST " + path, body, version);
            FakeServerActions.Answer a;
            try {
                a = actions.answer(rest, "POST", Fixtures.parse(body), version, base);
            } catch (RuntimeException e) {
                a = new FakeServerActions.Answer(400, "{\"badRequest\": {\"code\": 400, \"message\": \"Malformed"
                        + " request body\"}}");
            }
            if (a != null) {
                send(ex, a.status(), "application/json", a.body());
                return;
            }
        }
        UnaryOperator<ObjectNode> whole = UnaryOperator.identity();
        Route r = switch (rest) {
            case "compute/v2.1/servers/detail" -> new Route(data.servers, "servers", false, whole);
            case "compute/v2.1/servers" -> new Route(data.servers, "servers", false, s -> Fixtures.MAPPER
                    .createObjectNode().put("id", s.path("id").asText()).put("name", s.path("name").asText()));
            case "compute/v2.1/flavors/detail" -> new Route(data.flavors, "flavors", false, whole);
            case "compute/v2.1/images/detail" -> new Route(data.images, "images", false, whole);
            case "image/v2/images" -> new Route(data.images, "images", true, whole);
            case "volume/v3/" + FakeKeystone.PROJECT_ID + "/volumes/detail" -> new Route(data.volumes, "volumes", false,
                    whole);
            case "network/v2.0/security-groups" -> new Route(data.groups, "security_groups", false, whole);
            default -> null;
        };
        if (r == null) {
            send(ex, 404, "application/json", "{\"itemNotFound\": {\"code\": 404, \"message\": \"Not found\"}}");
            return;
        }
        Map<String, byte[]> cache = answers;
        String key = path + "?" + query;
        byte[] answer = cache == null ? null : cache.get(key);
        if (answer == null) {
            String self = (nextLinkBase != null ? nextLinkBase : base) + path;
            ObjectNode body = FakePaging.page(r.items(), query, maxLimit, r.collection(), self, r.glance(), r.view());
            if (body == null) {
                send(ex, 400, "application/json", "{\"badRequest\": {\"code\": 400, \"message\": \"marker not found\"}}");
                return;
            }
            answer = body.toString().getBytes(StandardCharsets.UTF_8);
            if (cache != null) {
                cache.put(key, answer);
            }
        }
        send(ex, 200, "application/json", answer);
    }

    /** A 200 whose body never ends (or ends after {@code bytes}): stops when the client hangs up. */
    private static void flood(HttpExchange ex, long bytes) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
        ex.sendResponseHeaders(200, 0);
        byte[] chunk = new byte[64 * 1024];
        java.util.Arrays.fill(chunk, (byte) ' ');
        try (OutputStream out = ex.getResponseBody()) {
            out.write("{\"servers\": [".getBytes(StandardCharsets.UTF_8));
            for (long sent = 0; bytes < 0 || sent < bytes; sent += chunk.length) {
                out.write(chunk, 0, (int) (bytes < 0 ? chunk.length : Math.min(chunk.length, bytes - sent)));
            }
            out.write("]}".getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // the client stopped reading: what an endless reply is for
        }
    }

    private static void send(HttpExchange ex, int status, String contentType, String body) throws IOException {
        send(ex, status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange ex, int status, String contentType, byte[] bytes) throws IOException {
        ex.getResponseHeaders().set("Content-Type", contentType + "; charset=UTF-8");
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }
}
