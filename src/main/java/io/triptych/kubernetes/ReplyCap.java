package io.triptych.kubernetes;

import io.fabric8.kubernetes.client.http.AsyncBody;
import io.fabric8.kubernetes.client.http.HttpRequest;
import io.fabric8.kubernetes.client.http.Interceptor;
import io.triptych.source.ReplyLimit;
import java.net.URI;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * Counts the bytes of each reply fabric8 reads and fails the reply once it is over the cap ({@link ReplyLimit},
 * docs/adr/0015-reply-size-cap.md). Watches ({@code watch=true}) and followed logs ({@code follow=true}) are
 * not capped: they are meant to run for ever, so their total size has no bound; each of their events is small.
 */
final class ReplyCap implements Interceptor {
    static final String NAME = "triptych-reply-cap";

    private final long limit;

    ReplyCap(long limit) {
        this.limit = limit;
    }

    @Override
    public AsyncBody.Consumer<List<ByteBuffer>> consumer(AsyncBody.Consumer<List<ByteBuffer>> consumer,
                                                         HttpRequest request) {
        if (streams(request.uri())) {
            return consumer;
        }
        return new AsyncBody.Consumer<>() {
            private long read;

            @Override
            public void consume(List<ByteBuffer> buffers, AsyncBody body) throws Exception {
                for (ByteBuffer b : buffers) {
                    read += b.remaining();
                }
                if (read > limit) {
                    // said first: the client then resets the stream, and "Stream reset" must not win the race
                    ReplyLimit.TooLarge e = tooLarge(request);
                    body.done().completeExceptionally(e);
                    throw e;
                }
                consumer.consume(buffers, body);
            }

            @Override
            public <U> U unwrap(Class<U> type) {
                return consumer.unwrap(type);
            }
        };
    }

    /** "reply too large from the Kubernetes API at https://host:6443 for GET /api/v1/pods: over 64 MiB". */
    ReplyLimit.TooLarge tooLarge(HttpRequest request) {
        URI u = request.uri();
        String server = u.getScheme() + "://" + u.getRawAuthority();
        return new ReplyLimit.TooLarge("the Kubernetes API at " + server + " for " + request.method() + " "
                + u.getRawPath(), limit);
    }

    /** A watch or a followed log: a stream that lasts as long as it is open. */
    static boolean streams(URI uri) {
        String query = uri.getRawQuery();
        if (query == null) {
            return false;
        }
        for (String p : query.split("&")) {
            if (p.equals("watch=true") || p.equals("watch=1") || p.equals("follow=true") || p.equals("follow=1")) {
                return true;
            }
        }
        return false;
    }
}
