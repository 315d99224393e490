package io.triptych.swarm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.triptych.config.SwarmConfig;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A fake engine on 127.0.0.1 (plain TCP, as a site with {@code tls: false}) whose service list is over the cap
 * (64 KiB here instead of 64 MiB): the read stops there and the section says so in one line.
 */
class SwarmReplyLimitTest {
    private static final long CAP = 64 * 1024;
    private HttpServer engine;

    @BeforeEach
    void start() throws Exception {
        engine = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        engine.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            // valid JSON: without a cap it reads as an empty list and nothing looks wrong
            String body = path.endsWith("/services") ? "[" + " ".repeat((int) CAP * 4) + "]"
                    : path.endsWith("/_ping") ? "OK" : path.endsWith("/version") ? "{\"ApiVersion\":\"1.43\"}" : "[]";
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
                while (path.endsWith("/endless/services")) {
                    out.write(bytes);
                }
            } catch (java.io.IOException closedByTheClient) {
                // the client stopped reading at the cap
            }
        });
        engine.start();
    }

    @AfterEach
    void stop() {
        engine.stop(0);
    }

    @Test
    void aServiceListOverTheCapIsReportedAsTooLarge() {
        String host = "tcp://127.0.0.1:" + engine.getAddress().getPort();
        SwarmServiceSource source = new SwarmServiceSource(new SwarmConfig(Optional.of(host), false, Optional.empty(),
                List.of()), UnaryOperator.identity(), CAP);

        assertThatThrownBy(source::services).isInstanceOf(SwarmException.class)
                .hasMessageStartingWith("reply too large from Docker at " + host + " for GET ")
                .hasMessageContaining("/services")
                .hasMessageEndingWith(": over 64 KiB");
    }

    /** An endless body (the wrap sends the list to it): the connection is dropped at the cap, not read to its end. */
    @Test
    void anEndlessServiceListEndsAtTheCap() {
        String host = "tcp://127.0.0.1:" + engine.getAddress().getPort();
        SwarmServiceSource source = new SwarmServiceSource(new SwarmConfig(Optional.of(host), false, Optional.empty(),
                List.of()), http -> new EndlessServices(http), CAP);

        assertThatThrownBy(source::services).isInstanceOf(SwarmException.class)
                .hasMessageStartingWith("reply too large from Docker at " + host + " for GET ")
                .hasMessageEndingWith("/services: over 64 KiB");
    }

    @Test
    void followedLogsEventsAndAttachAreNotCapped() {
        assertThat(CappedHttpClient.streams("/v1.43/services/web/logs?follow=1&stdout=1")).isTrue();
        assertThat(CappedHttpClient.streams("/containers/abc/logs?follow=true")).isTrue();
        assertThat(CappedHttpClient.streams("/v1.43/events?filters=x")).isTrue();
        assertThat(CappedHttpClient.streams("/containers/abc/attach?stream=1")).isTrue();
        assertThat(CappedHttpClient.streams("/v1.43/services?filters=x")).isFalse();
        assertThat(CappedHttpClient.streams("/v1.43/services/web/logs?tail=100")).isFalse();
    }

    /** Sends the service list to the fake engine's endless one. */
    private static final class EndlessServices implements com.github.dockerjava.transport.DockerHttpClient {
        private final com.github.dockerjava.transport.DockerHttpClient inner;

        EndlessServices(com.github.dockerjava.transport.DockerHttpClient inner) {
            this.inner = inner;
        }

        @Override
        public Response execute(Request request) {
            String path = request.path().replaceFirst("/services(\\?|$)", "/endless/services$1");
            return inner.execute(Request.builder().from(request).path(path).build());
        }

        @Override
        public void close() throws java.io.IOException {
            inner.close();
        }
    }
}
