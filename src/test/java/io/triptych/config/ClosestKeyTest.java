package io.triptych.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClosestKeyTest {
    @Test
    void typosSwapsUnderscoresAndCaseFindTheKnownKey() {
        assertThat(ClosestKey.to("namespace", BackendBlocks.KUBERNETES)).contains("namespaces");
        assertThat(ClosestKey.to("tls_verify", BackendBlocks.SWARM)).contains("tls-verify");
        assertThat(ClosestKey.to("hsot", BackendBlocks.SWARM)).contains("host");
        assertThat(ClosestKey.to("Name", EnvironmentReader.KEYS)).contains("name");
    }

    @Test
    void aWordFarFromEveryKeyFindsNothing() {
        assertThat(ClosestKey.to("docker", EnvironmentReader.KEYS)).isEmpty();
        assertThat(ClosestKey.to("k8s", EnvironmentReader.KEYS)).isEmpty();
    }
}
