package io.triptych.swarm;

import com.github.dockerjava.transport.DockerHttpClient;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;

/** Counts the Engine API requests the console makes (the status bar's requests per minute). */
final class CountingHttpClient implements DockerHttpClient {
    private final DockerHttpClient inner;
    private final AtomicLong count;

    CountingHttpClient(DockerHttpClient inner, AtomicLong count) {
        this.inner = inner;
        this.count = count;
    }

    @Override
    public Response execute(Request request) {
        count.incrementAndGet();
        return inner.execute(request);
    }

    @Override
    public void close() throws IOException {
        inner.close();
    }
}
