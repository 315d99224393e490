package io.triptych.openstack;

import io.triptych.config.clouds.CloudCredentials;
import io.triptych.text.OneLine;
import io.triptych.source.ReplyLimit;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The HTTP side of one cloud: one OkHttp client (so connections are reused across pages and sections), its
 * timeouts and TLS, and failures turned into one line. Logs method, URL without query, status and time at
 * FINE — never a header or a body. A body is read up to the reply cap ({@link ReplyLimit}), no further.
 */
final class Rest implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(Rest.class.getName());
    /**
     * Every cloud's connections in one pool. OkHttp 3 watches each pool from a thread that sleeps for the
     * keep-alive (5 min) and is not woken by evictAll: a pool per client would leave one thread per closed
     * client behind on each site reload. Connections stay per address and TLS setup, never shared between clouds.
     */
    private static final ConnectionPool POOL = new ConnectionPool();

    /**
     * The TLS set-up every cloud without a cacert or verify: false shares: OkHttp reads the platform's trust store
     * (some 150 certificates) for each client it builds from scratch, but keeps it in {@code newBuilder()} — so
     * each cloud's client is made from this one, made on first use. Each gets a dispatcher of its own: closing one
     * cloud cancels its calls only.
     */
    private static final class Shared {
        static final OkHttpClient CLIENT = new OkHttpClient.Builder().connectionPool(POOL).build();
    }

    private final OkHttpClient client;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final Secrets secrets;

    private final java.util.concurrent.atomic.LongAdder requests;

    private final long maxReply;

    Rest(CloudCredentials c, Secrets secrets) throws OpenStackException {
        this(c, secrets, new java.util.concurrent.atomic.LongAdder(), ReplyLimit.DEFAULT);
    }

    /** @param maxReply the most bytes of a body that are read ({@link ReplyLimit}) */
    Rest(CloudCredentials c, Secrets secrets, java.util.concurrent.atomic.LongAdder requests, long maxReply)
            throws OpenStackException {
        this.requests = requests;
        this.maxReply = maxReply;
        this.secrets = secrets;
        this.connectTimeout = c.connectTimeout();
        this.readTimeout = c.readTimeout();
        // A redirect would carry X-Auth-Token to a host the catalog never named (OkHttp drops only
        // Authorization): a 3xx is reported instead. The call timeout ends a server trickling bytes.
        OkHttpClient.Builder b = Shared.CLIENT.newBuilder().dispatcher(new Dispatcher()).connectTimeout(connectTimeout).readTimeout(readTimeout)
                .writeTimeout(readTimeout).callTimeout(connectTimeout.plus(readTimeout.multipliedBy(3)))
                .followRedirects(false).followSslRedirects(false).connectionPool(POOL);
        Tls.apply(b, c);
        this.client = b.build();
    }

    /** The socket factory of this cloud's TLS set-up (the shared one unless clouds.yaml sets cacert or verify). */
    javax.net.ssl.SSLSocketFactory tlsFactory() {
        return client.sslSocketFactory();
    }

    /** Sends a request; any status comes back as a {@link Reply}, a transport failure as one line. */
    Reply send(Api api, Request request, String what) throws OpenStackException {
        long start = System.nanoTime();
        requests.increment();
        HttpUrl url = request.url();
        try (Response r = client.newCall(request).execute()) {
            byte[] bytes = read(r.body());
            LOG.log(Level.FINE, () -> request.method() + " " + plain(url) + " -> " + r.code() + " in "
                    + (System.nanoTime() - start) / 1_000_000 + " ms");
            return new Reply(api, what, r.code(), r.message(), r.header("X-Subject-Token"), bytes,
                    secrets);
        } catch (ReplyLimit.TooLarge e) {
            // Closing the response drops the connection: the rest of the body is never read.
            throw new OpenStackException("reply too large from " + origin(url) + " (" + api.displayName() + ") for "
                    + what + ": " + e.getMessage());
        } catch (IOException e) {
            throw transportFailure(api, url, e);
        }
    }

    /** The body, at most {@link #maxReply} bytes; a declared length past it is refused before reading. */
    private byte[] read(ResponseBody body) throws IOException {
        if (body == null) {
            return new byte[0];
        }
        if (body.contentLength() > maxReply) {
            throw new ReplyLimit.TooLarge(maxReply);
        }
        try (InputStream in = body.byteStream()) {
            return ReplyLimit.readAll(in, maxReply);
        }
    }

    private static String origin(HttpUrl url) {
        return url.scheme() + "://" + url.host() + ":" + url.port();
    }

    /**
     * One page of a list, parsed from the body as it arrives (capped at {@link #maxReply} as any reply); a status
     * other than 2xx comes back as that reply's failure, read whole (an error body is small).
     */
    <T> PageReader.Page<T> page(Api api, HttpUrl url, String what, String token, String collection,
                                PageReader.Item<T> item) throws OpenStackException {
        long start = System.nanoTime();
        requests.increment();
        Request request = new Request.Builder().url(url).header("X-Auth-Token", token)
                .header("Accept", "application/json").get().build();
        try (Response r = client.newCall(request).execute()) {
            if (r.code() < 200 || r.code() >= 300) {
                throw new Reply(api, what, r.code(), r.message(), null, read(r.body()), secrets).failure();
            }
            ResponseBody body = r.body();
            if (body == null) {
                throw notJson(api, what, r.code());
            }
            if (body.contentLength() > maxReply) {
                throw new ReplyLimit.TooLarge(maxReply);
            }
            PageReader.Page<T> page;
            try (InputStream in = ReplyLimit.capped(body.byteStream(), maxReply)) {
                page = PageReader.read(in, collection, item);
            } catch (PageReader.NotJson | com.fasterxml.jackson.core.JsonProcessingException e) {
                throw notJson(api, what, r.code());
            }
            LOG.log(Level.FINE, () -> "GET " + plain(url) + " -> " + r.code() + " in "
                    + (System.nanoTime() - start) / 1_000_000 + " ms");
            if (page == null) {
                throw new OpenStackException(api.displayName() + " sent a reply without a \"" + collection
                        + "\" list for " + what, r.code());
            }
            return page;
        } catch (ReplyLimit.TooLarge e) {
            throw new OpenStackException("reply too large from " + origin(url) + " (" + api.displayName() + ") for "
                    + what + ": " + e.getMessage());
        } catch (IOException e) {
            throw transportFailure(api, url, e);
        }
    }

    private static OpenStackException notJson(Api api, String what, int status) {
        return new OpenStackException(api.displayName() + " sent a reply that is not JSON for " + what, status);
    }

    Reply get(Api api, HttpUrl url, String what, String token) throws OpenStackException {
        return send(api, new Request.Builder().url(url).header("X-Auth-Token", token)
                .header("Accept", "application/json").get().build(), what);
    }

    private OpenStackException transportFailure(Api api, HttpUrl url, IOException e) {
        String origin = origin(url);
        if (e instanceof SocketTimeoutException && String.valueOf(e.getMessage()).toLowerCase().contains("connect")) {
            return new OpenStackException("could not connect to " + origin + " (" + api.displayName() + ") within "
                    + say(connectTimeout));
        }
        if (e instanceof SocketTimeoutException) { // read timeout: OkHttp says "timeout" or "Read timed out"
            return new OpenStackException("no answer from " + plain(url) + " after " + say(readTimeout));
        }
        if (e instanceof InterruptedIOException) {
            return new OpenStackException("no complete answer from " + plain(url) + " within "
                    + say(connectTimeout.plus(readTimeout.multipliedBy(3))));
        }
        if (e instanceof UnknownHostException) {
            return new OpenStackException("unknown host " + url.host() + " (" + api.displayName() + " at " + origin + ")");
        }
        if (e instanceof ConnectException) {
            return new OpenStackException("connection refused by " + origin + " (" + api.displayName() + ")");
        }
        if (e instanceof SSLPeerUnverifiedException) {
            return new OpenStackException("the TLS certificate of " + origin + " does not name " + url.host());
        }
        if (e instanceof SSLHandshakeException) {
            return new OpenStackException("the TLS certificate of " + origin + " is not trusted: set cacert in "
                    + "clouds.yaml to the CA that signed it (or verify: false)");
        }
        String kind = e instanceof SSLException ? "TLS failed with " : "no answer from ";
        String detail = OneLine.of(e);
        return new OpenStackException(kind + origin + " (" + api.displayName() + "): " + secrets.scrub(detail));
    }

    /** "30 s", or "300 ms" for the short timeouts of tests. */
    static String say(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static String plain(HttpUrl url) {
        return url.newBuilder().query(null).username("").password("").build().toString();
    }

    /**
     * Cancels calls in flight and closes the idle connections (a closed site's are all idle once its calls
     * end; another cloud's idle ones reconnect on their next call). Synchronous calls run on the caller's
     * thread: the dispatcher's pool only exists if something made an asynchronous call.
     */
    @Override
    public void close() {
        client.dispatcher().cancelAll();
        client.dispatcher().executorService().shutdown();
        POOL.evictAll();
    }
}
