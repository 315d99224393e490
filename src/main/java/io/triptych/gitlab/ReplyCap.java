package io.triptych.gitlab;

import io.triptych.source.ReplyLimit;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.client.ClientResponseFilter;
import jakarta.ws.rs.core.FeatureContext;
import java.io.IOException;
import java.io.InputStream;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

/**
 * Caps every body gitlab4j's Jersey client reads, success or error page, at the client's
 * {@value #PROPERTY} property ({@link ReplyLimit#DEFAULT} when unset): reading past it throws
 * {@link ReplyLimit.TooLarge}, which {@link GitLabFailures} turns into "reply too large from GitLab at …".
 * gitlab4j builds its Jersey client itself and offers no way to add a filter to it, so the filter is
 * registered through Jersey's forced auto-discovery (META-INF/services), which runs for every Jersey client;
 * the limit travels as a client property, which gitlab4j does pass on (docs/adr/0015-reply-size-cap.md).
 */
public final class ReplyCap implements ForcedAutoDiscoverable {
    /** The client property holding the cap in bytes (a Long). */
    static final String PROPERTY = "io.triptych.reply-limit";

    @Override
    public void configure(FeatureContext context) {
        if (!context.getConfiguration().isRegistered(Filter.class)) {
            context.register(Filter.class);
        }
    }

    /** Wraps each reply's entity stream so it cannot be read past the cap. */
    @ConstrainedTo(RuntimeType.CLIENT)
    public static final class Filter implements ClientResponseFilter {
        @Override
        public void filter(ClientRequestContext request, ClientResponseContext response) throws IOException {
            Object value = request.getConfiguration().getProperty(PROPERTY);
            long limit = value instanceof Number ? ((Number) value).longValue() : ReplyLimit.DEFAULT;
            if (!response.hasEntity()) {
                return;
            }
            if (response.getLength() > limit) {
                response.getEntityStream().close();
                response.setEntityStream(new InputStream() {
                    @Override
                    public int read() throws IOException {
                        throw new ReplyLimit.TooLarge(limit);
                    }
                });
                return;
            }
            response.setEntityStream(ReplyLimit.capped(response.getEntityStream(), limit));
        }
    }
}
