package io.triptych.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServiceTagTest {

    @ParameterizedTest(name = "{0} is tagged {1}")
    @CsvSource({
            "nginx:1.25, 1.25",
            "nginx, latest",
            "registry.example.org/api:1.2.3, 1.2.3",
            "registry.example.org:5000/x/y:1.2, 1.2",
            "registry.example.org:5000/x/y, latest",
            "localhost:5000/y, latest",
            "registry.example.org/svom/fsc/sdb-api:2.0.4-rc1, 2.0.4-rc1"})
    void tagIsWhatFollowsTheLastColonOfTheLastPathPart(String image, String tag) {
        assertThat(service(image).tag()).isEqualTo(tag);
    }

    @Test
    void statusIsRunningOverDesired() {
        Service s = new Service("api", ServiceKind.SWARM, "stack", "api:1", 3, 2, List.of());

        assertThat(s.status()).isEqualTo("2/3");
    }

    @Test
    void keyHoldsTheNamespaceBecauseNamesRepeatAcrossNamespaces() {
        Service a = new Service("api", ServiceKind.DEPLOYMENT, "web", "api:1", 1, 1, List.of());
        Service b = new Service("api", ServiceKind.DEPLOYMENT, "batch", "api:1", 1, 1, List.of());

        assertThat(a.key()).startsWith("web/").endsWith("/api").isNotEqualTo(b.key());
    }

    @Test
    void deploymentAndStatefulSetOfTheSameNameHaveDifferentKeys() {
        Service deployment = new Service("redis", ServiceKind.DEPLOYMENT, "cache", "redis:7", 1, 1, List.of());
        Service statefulSet = new Service("redis", ServiceKind.STATEFULSET, "cache", "redis:7", 1, 1, List.of());

        assertThat(deployment.key()).isNotEqualTo(statefulSet.key());
    }

    @Test
    void tagIgnoresTheDigestSwarmPinsToTheImage() {
        assertThat(service("registry.example.org:5000/x/y:1.25@sha256:"
                + "0d17b565c37bcbd895e9d92315a05c1c3c9a29f762b011a10c54a66cd53c9b31").tag()).isEqualTo("1.25");
    }

    @Test
    void serviceWithAnUnknownImageHasATagWithoutThrowing() {
        assertThatCode(() -> service(null).tag()).doesNotThrowAnyException();
    }

    private static Service service(String image) {
        return new Service("api", ServiceKind.SWARM, "stack", image, 1, 1, List.of());
    }
}
