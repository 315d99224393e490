package io.triptych.swarm;

import com.github.dockerjava.transport.DockerHttpClient;
import io.triptych.source.ReplyLimit;
import org.apache.hc.core5.http.io.EofSensorInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * Reads at most the reply cap of each Engine API reply ({@link ReplyLimit}, docs/adr/0015-reply-size-cap.md):
 * past it the body throws "reply too large from Docker at HOST for GET PATH: over 64 MiB". Followed logs,
 * events and attach are streams meant to last, whose total size has no bound: they are not capped.
 */
final class CappedHttpClient implements DockerHttpClient {
    private final DockerHttpClient inner;
    private final String where;
    private final long limit;

    CappedHttpClient(DockerHttpClient inner, String where, long limit) {
        this.inner = inner;
        this.where = where;
        this.limit = limit;
    }

    @Override
    public Response execute(Request request) {
        Response response = inner.execute(request);
        if (streams(request.path()) || request.hijackedInput() != null) {
            return response;
        }
        String path = request.path();
        String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        return new Capped(response, "Docker at " + where + " for " + request.method() + " " + bare, limit);
    }

    /** A followed log, the event stream, an attach: read for as long as they are open. */
    static boolean streams(String path) {
        int q = path.indexOf('?');
        String bare = q < 0 ? path : path.substring(0, q);
        String last = bare.substring(bare.lastIndexOf('/') + 1);
        if (last.equals("events") || last.equals("attach")) {
            return true;
        }
        if (last.equals("logs") && q >= 0) {
            for (String p : path.substring(q + 1).split("&")) {
                if (p.equals("follow=1") || p.equals("follow=true")) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public void close() throws IOException {
        inner.close();
    }

    /**
     * Past the cap, drops the connection: httpclient5 would otherwise read an endless body to its end when
     * docker-java closes the stream (to reuse the connection), which never comes.
     */
    private static final class Aborting extends FilterInputStream {
        private final InputStream raw;

        Aborting(InputStream capped, InputStream raw) {
            super(capped);
            this.raw = raw;
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (ReplyLimit.TooLarge e) {
                throw abort(e);
            }
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            try {
                return super.read(buffer, offset, length);
            } catch (ReplyLimit.TooLarge e) {
                throw abort(e);
            }
        }

        @Override
        public long skip(long n) throws IOException {
            try {
                return super.skip(n);
            } catch (ReplyLimit.TooLarge e) {
                throw abort(e);
            }
        }

        private ReplyLimit.TooLarge abort(ReplyLimit.TooLarge e) {
            if (raw instanceof EofSensorInputStream) {
                try {
                    ((EofSensorInputStream) raw).abort();
                } catch (IOException ignored) {
                    // the connection is being dropped either way
                }
            }
            return e;
        }
    }

    /** The reply with its body capped; the capped stream is made once, however often it is asked for. */
    private static final class Capped implements Response {
        private final Response inner;
        private final String from;
        private final long limit;
        private InputStream body;

        Capped(Response inner, String from, long limit) {
            this.inner = inner;
            this.from = from;
            this.limit = limit;
        }

        @Override
        public int getStatusCode() {
            return inner.getStatusCode();
        }

        @Override
        public Map<String, List<String>> getHeaders() {
            return inner.getHeaders();
        }

        @Override
        public synchronized InputStream getBody() {
            if (body == null) {
                InputStream raw = inner.getBody();
                body = new Aborting(ReplyLimit.capped(raw, limit, from), raw);
            }
            return body;
        }

        @Override
        public void close() {
            inner.close();
        }
    }
}
