package io.triptych.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A list reply over the cap (64 KiB here instead of 64 MiB) stops the read and the section says so in one
 * line, naming the API server and the request; watches are not capped (docs/adr/0015-reply-size-cap.md).
 */
class KubernetesReplyLimitTest {
    private static final long CAP = 64 * 1024;

    @TempDir
    Path dir;

    @Test
    void aPodListOverTheCapIsReportedAsTooLarge() throws Exception {
        try (MockCluster cluster = new MockCluster(dir);
             KubernetesServiceSource source = new KubernetesServiceSource(cluster.config(), Map.of(), dir,
                     Clock.systemUTC(), Duration.ofSeconds(15), CAP)) {
            // valid JSON, so without a cap it parses as an empty list and the section shows nothing wrong
            String body = "{\"apiVersion\":\"v1\",\"kind\":\"PodList\",\"metadata\":{\"resourceVersion\":\"1\"},"
                    + "\"items\":[]" + " ".repeat((int) CAP * 4) + "}";
            cluster.server.expect().get().withPath("/api/v1/pods?limit=500").andReturn(200, body).always();

            String first = message(source);
            String second = message(source);

            assertThat(first).startsWith("reply too large from the Kubernetes API at " + cluster.url()
                    + " for GET /api/v1/pods: over 64 KiB").doesNotContain("\n").doesNotContain("still syncing");
            assertThat(second).startsWith("reply too large from the Kubernetes API at " + cluster.url());
        }
    }

    @Test
    void repliesUnderTheCapAndWatchesAreRead() throws Exception {
        try (MockCluster cluster = new MockCluster(dir);
             KubernetesServiceSource source = new KubernetesServiceSource(cluster.config(), Map.of(), dir,
                     Clock.systemUTC(), Duration.ofSeconds(15), CAP)) {
            cluster.admin.apps().deployments().inNamespace("default").resource(K8sObjects.deployment("default",
                    "web", 1, 1)).create();

            assertThat(source.services()).extracting(s -> s.name()).containsExactly("web");
        }
    }

    @Test
    void watchesAndFollowedLogsAreNotCapped() {
        assertThat(ReplyCap.streams(java.net.URI.create("https://k:6443/api/v1/pods?allowWatchBookmarks=true&watch=true")))
                .isTrue();
        assertThat(ReplyCap.streams(java.net.URI.create("https://k:6443/api/v1/namespaces/a/pods/p/log?follow=true")))
                .isTrue();
        assertThat(ReplyCap.streams(java.net.URI.create("https://k:6443/api/v1/pods?limit=500"))).isFalse();
        assertThat(ReplyCap.streams(java.net.URI.create("https://k:6443/api/v1/namespaces/a/pods/p/log?tailLines=100")))
                .isFalse();
    }

    private static String message(KubernetesServiceSource source) {
        try {
            source.services();
            return "";
        } catch (Exception e) {
            return String.valueOf(e.getMessage());
        }
    }
}
