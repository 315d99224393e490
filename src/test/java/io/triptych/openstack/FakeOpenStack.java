package io.triptych.openstack;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.SSLContext;

/**
 * An OpenStack cloud in a test: Keystone v3, Nova 2.1, Glance v2, Cinder v3 and Neutron v2.0 on 127.0.0.1
 * (random port), answering like the api-ref, with paging. Programmable: data ({@link #data()}), faults
 * per path, latency per request, token revocation and lifetime, regions; counts requests by path.
 * Endpoints live at {@code /<region>/compute/v2.1}, {@code /<region>/volume/v3/<project>}, … and the
 * internal interface at {@code /<region>/internal/…}, so tests can see which endpoint was used.
 */
public final class FakeOpenStack implements AutoCloseable {
    public static final String USER = "demo";
    public static final String PASSWORD = "fake-password-1";
    public static final String APP_CRED_ID = "0c3b8f2e9a4d4f6e8b1a2c3d4e5f6a7b";
    public static final String APP_CRED_NAME = "triptych-monitoring";
    public static final String APP_CRED_SECRET = "fake-app-cred-secret-1";

    private final HttpServer server;
    private final boolean tls;
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fake-openstack");
        t.setDaemon(true);
        return t;
    });
    private final FakeHandler handler = new FakeHandler();

    public FakeOpenStack() {
        this(null);
    }

    /**
     * A cloud of that many invented servers, volumes and security groups, each request answered after
     * {@code perRequest}, answers cached (the benchmarks' sized clouds).
     */
    public static FakeOpenStack sized(int servers, int volumes, int groups, Duration perRequest) {
        FakeOpenStack cloud = new FakeOpenStack();
        cloud.data().addServers(servers);
        cloud.data().addVolumes(volumes);
        cloud.data().addSecurityGroups(groups);
        return cloud.latency(perRequest).cacheAnswers();
    }

    private FakeOpenStack(SSLContext tls) {
        InetSocketAddress loopback = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
        try {
            if (tls == null) {
                server = HttpServer.create(loopback, 0);
            } else {
                HttpsServer https = HttpsServer.create(loopback, 0);
                https.setHttpsConfigurator(new HttpsConfigurator(tls));
                server = https;
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        this.tls = tls != null;
        server.setExecutor(pool);
        server.createContext("/", handler::handle);
        handler.base = base();
        server.start();
    }

    /** The same cloud over https, with a self-signed certificate for 127.0.0.1 ({@link FakeTls#caFile()}). */
    public static FakeOpenStack overTls() {
        return new FakeOpenStack(FakeTls.serverContext());
    }

    public FakeCloudData data() {
        return handler.data;
    }

    public FakeRequests requests() {
        return handler.requests;
    }

    public String base() {
        return (tls ? "https" : "http") + "://127.0.0.1:" + server.getAddress().getPort();
    }

    public URI authUrl() {
        return URI.create(base() + "/identity/v3");
    }

    /**
     * This cloud as an entry of a clouds.yaml file, indented to stand under {@code clouds:} (password
     * credentials, default domains, RegionOne).
     */
    public String cloudsEntry(String name) {
        return """
                  %s:
                    auth:
                      auth_url: %s
                      username: demo
                      password: %s
                      project_name: demo
                      user_domain_name: Default
                      project_domain_name: Default
                    region_name: RegionOne
                """.formatted(name, authUrl(), PASSWORD);
    }

    /** Password credentials for this cloud (cloud name "fake"), to adjust and build. */
    public FakeCredentials credentials() {
        return FakeCredentials.password(authUrl());
    }

    public FakeCredentials applicationCredentials() {
        return FakeCredentials.applicationCredential(authUrl());
    }

    // ---- Programming ----
    public FakeOpenStack regions(String... names) { handler.regions = List.of(names); return this; }
    public FakeOpenStack latency(Duration perRequest) { handler.latency = perRequest; return this; }
    /** The server-side cap on a page (Nova's max_limit, default 1000). */
    public FakeOpenStack maxLimit(int items) { handler.maxLimit = items; return this; }
    /** Next links written with another origin, as behind a badly configured proxy. */
    public FakeOpenStack nextLinksOn(String origin) { handler.nextLinkBase = origin; return this; }
    public FakeOpenStack password(String newPassword) { handler.keystone.password = newPassword; return this; }
    public FakeOpenStack tokenLifetime(Duration d) { handler.keystone.lifetime = d; return this; }
    /** Catalog endpoints with {@code region_id} only (no {@code region}), as some clouds send. */
    public FakeOpenStack catalogWithRegionIdOnly() { handler.keystone.regionIdOnly = true; return this; }
    public FakeOpenStack catalogWithoutGlance() { handler.keystone.withoutGlance = true; return this; }
    /** A catalog without this service type ("compute"…), as a cloud that does not offer it. */
    public FakeOpenStack catalogWithout(String type) { handler.keystone.without = type; return this; }
    /** A refused login answers 400 quoting the request body (secrets included), as a careless proxy might. */
    public FakeOpenStack echoRefusedAuth() { handler.echoRefusedAuth = true; return this; }
    /** Every token issued so far answers 401 from now on: the next call must authenticate again. */
    public void revokeTokens() { handler.keystone.revokeAll(); }

    /** Requests whose path contains {@code pathPart} answer {@code status} with an OpenStack fault body. */
    public FakeOpenStack failWith(String pathPart, int status) {
        String body = "{\"computeFault\": {\"code\": " + status + ", \"message\": \"The server has either erred or is "
                + "incapable of performing the requested operation.\"}}";
        return replyWith(pathPart, status, "application/json", body);
    }

    /** Requests whose path contains {@code pathPart} answer with this body instead (malformed JSON, HTML…). */
    public FakeOpenStack replyWith(String pathPart, int status, String contentType, String body) {
        handler.faults.put(pathPart, new FakeHandler.Fault(status, contentType, body, null, null));
        return this;
    }

    /** Requests whose path contains {@code pathPart} answer 302 to {@code location}. */
    public FakeOpenStack redirect(String pathPart, String location) {
        handler.faults.put(pathPart, new FakeHandler.Fault(302, "text/plain", "moved", null, location));
        return this;
    }

    public FakeOpenStack sendMalformedJson(String pathPart) {
        return replyWith(pathPart, 200, "application/json", "{\"volumes\": [{\"id\": \"6edbc2f4-1507-44f8-ac0d");
    }

    /** Requests whose path contains {@code pathPart} wait this long (or until {@link #close()}) before answering. */
    public FakeOpenStack hang(String pathPart, Duration d) {
        handler.faults.put(pathPart, new FakeHandler.Fault(0, null, null, d, null));
        return this;
    }

    /** Requests whose path contains {@code pathPart} get no answer while this cloud is open. */
    public FakeOpenStack hang(String pathPart) {
        return hang(pathPart, Duration.ofDays(1));
    }

    /** How many requests a hang is holding now: a test can wait until the hung call is really in flight. */
    public int hanging() {
        return handler.hanging.get();
    }

    /** Answers 200 with a body that never ends (an endless Keystone or Nova). */
    public FakeOpenStack endlessReply(String pathPart) { handler.floods.put(pathPart, -1L); return this; }

    /** Answers 200 with a body of about {@code bytes}, streamed without a Content-Length. */
    public FakeOpenStack largeReply(String pathPart, long bytes) { handler.floods.put(pathPart, bytes); return this; }

    public FakeOpenStack clearFaults() { handler.faults.clear(); handler.floods.clear(); return this; }
    /**
     * Computes each list answer once per path and query, for benchmarks: a real cloud serialises on its own
     * CPU, not on the one that measures the client. Data changed afterwards is not seen.
     */
    public FakeOpenStack cacheAnswers() { handler.answers = new ConcurrentHashMap<>(); return this; }

    @Override
    public void close() {
        handler.closed.countDown();
        server.stop(0);
        pool.shutdownNow();
    }
}
