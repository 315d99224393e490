package io.triptych.gitlab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.triptych.config.GitLabConfig;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.gitlab4j.api.GitLabApi;
import org.gitlab4j.api.GitLabApiException;

/**
 * One environment's GitLab client: the token read from the variable named by token-env at first use, one
 * gitlab4j client with connect/read timeouts, the shared 429 gate checked before every request, and every
 * failure turned into one line without the token. Thread-safe.
 */
final class Connection implements AutoCloseable {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** A read answer: the body and the header that names the next page ("" on the last one). */
    record Page(JsonNode json, String nextPage) {
    }

    interface Action {
        Response run(RawApi api) throws GitLabApiException;
    }

    /** A call through gitlab4j's typed APIs (issues, notes, users), answering a typed model. */
    interface Typed<T> {
        T run(GitLabApi api) throws GitLabApiException;
    }

    private final String server;
    private final String tokenEnv;
    private final Function<String, String> env;
    private final GitLabTuning tuning;
    private final RateLimits limits;
    private final GitLabFailures failures;
    private GitLabApi api;
    private RawApi raw;
    private final AtomicLong requests = new AtomicLong();
    private String token;
    private boolean closed;

    Connection(GitLabConfig config, Function<String, String> env, RateLimits limits, GitLabTuning tuning) {
        String url = config.url().toString();
        this.server = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.tokenEnv = config.tokenEnv();
        this.env = env;
        this.tuning = tuning;
        this.limits = limits;
        this.failures = new GitLabFailures(server, tokenEnv, tuning.connectTimeout(), tuning.readTimeout());
    }

    String server() {
        return server;
    }

    /**
     * The project path as one URL path segment: "svom/fsc/sdb-api" → "svom%2Ffsc%2Fsdb-api". Ours, not
     * gitlab4j's: its encoder also escapes '-' and '.' ("sdb%2Dapi"), which GitLab accepts but no one reads.
     * Only for the raw reads: gitlab4j's typed calls encode the plain path themselves.
     */
    static String project(String path) {
        return java.net.URLEncoder.encode(path.strip(), java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    Page get(Call call, Map<String, String> query, Object... path) throws GitLabException {
        Raw answer = fetch(call, query, path);
        byte[] body = answer.body();
        try {
            JsonNode json = MAPPER.readTree(body);
            if (json == null || !json.isContainerNode()) {
                throw new GitLabException("GitLab at " + server + " sent a reply that is not JSON for " + call.what());
            }
            return new Page(json, answer.next());
        } catch (IOException e) {
            throw new GitLabException("GitLab at " + server + " sent a reply that is not JSON for " + call.what());
        }
    }

    /** Requests sent so far (the status bar's requests per minute). */
    long requests() {
        return requests.get();
    }

    /** The raw body (a job's trace). */
    byte[] bytes(Call call, Map<String, String> query, Object... path) throws GitLabException {
        return fetch(call, query, path).body();
    }

    private record Raw(byte[] body, String next) {
    }

    private Raw fetch(Call call, Map<String, String> query, Object[] path) throws GitLabException {
        RawApi r0 = client().rawApi();
        gate();
        requests.incrementAndGet();
        try (Response r = r0.fetch(query, path)) {
            byte[] body = r.readEntity(byte[].class);
            return new Raw(body == null ? new byte[0] : body,
                    Pages.next(r.getHeaderString("X-Next-Page"), r.getHeaderString("Link")));
        } catch (GitLabApiException | RuntimeException e) {
            throw failure(e, call);
        }
    }

    /** A change (retry, cancel, play, create); returns GitLab's answer as JSON (an empty object if none). */
    JsonNode act(Call call, Action action) throws GitLabException {
        RawApi r0 = client().rawApi();
        gate();
        requests.incrementAndGet();
        byte[] body;
        try (Response r = action.run(r0)) {
            body = r.hasEntity() ? r.readEntity(byte[].class) : new byte[0];
        } catch (GitLabApiException | RuntimeException e) {
            throw failure(e, call);
        }
        try {
            JsonNode json = body.length == 0 ? null : MAPPER.readTree(body);
            return json == null ? MAPPER.createObjectNode() : json;
        } catch (IOException e) {
            throw new GitLabException("GitLab at " + server + " sent a reply that is not JSON for " + call.what());
        }
    }

    /** A typed call: the same gate, count, timeouts and one-line failures as the raw ones. */
    <T> T typed(Call call, Typed<T> action) throws GitLabException {
        GitLabApi typedApi = client().gitLabApi();
        gate();
        requests.incrementAndGet();
        try {
            return action.run(typedApi);
        } catch (GitLabApiException | RuntimeException e) {
            throw failure(e, call);
        }
    }

    private synchronized GitLabApi gitLabApi() {
        return api;
    }

    private GitLabException failure(Exception e, Call call) {
        if (e instanceof GitLabApiException && ((GitLabApiException) e).getHttpStatus() == 429) {
            String retryAfter = null;
            var headers = ((GitLabApiException) e).getHeaders();
            if (headers != null) {
                retryAfter = headers.getFirst("Retry-After");
            }
            Duration wait = limits.limited(server, retryAfter, tuning.rateLimitPause(), tuning.clock());
            return new GitLabException("GitLab at " + server + ": rate limited (429), " + RateLimits.say(wait), 429);
        }
        GitLabException g = failures.of(e, call);
        return new GitLabException(scrub(g.getMessage()), g.status());
    }

    private void gate() throws GitLabException {
        Duration wait = limits.wait(server, tuning.clock());
        if (!wait.isZero()) {
            throw new GitLabException("GitLab at " + server + ": rate limited, " + RateLimits.say(wait), 429);
        }
    }

    private synchronized Connection client() throws GitLabException {
        if (closed) {
            throw new GitLabException("the connection to GitLab at " + server + " is closed");
        }
        if (api == null) {
            String value = env.apply(tokenEnv);
            if (value == null || value.isBlank()) {
                throw new GitLabException("no GitLab token: the environment variable " + tokenEnv + " is not set"
                        + " — set it to a personal access token of " + server + " (scope read_api to watch, api to"
                        + " act) in the environment Triptych starts from, or name another variable with token-env:");
            }
            token = value.strip();
            api = new GitLabApi(server, token, Map.of(ReplyCap.PROPERTY, tuning.maxReply()));
            api.setRequestTimeout((int) tuning.connectTimeout().toMillis(), (int) tuning.readTimeout().toMillis());
            raw = new RawApi(api);
        }
        return this;
    }

    /** The second lock: servers and proxies may echo a request's headers in an error body. */
    String scrub(String message) {
        String t = token;
        return t == null || t.isEmpty() || message == null ? message : message.replace(t, "****");
    }

    private synchronized RawApi rawApi() {
        return raw;
    }

    /** Closes gitlab4j's Jersey client and with it its pool of connections; later calls fail with one line. */
    @Override
    public synchronized void close() {
        closed = true;
        if (api != null) {
            api.close();
        }
    }

    @Override
    public String toString() {
        return "GitLab connection to " + server + " (token from " + tokenEnv + ")";
    }
}
