package io.triptych.openstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OpenStackTokenTest {
    private final FakeOpenStack cloud = new FakeOpenStack();
    private final OpenStackCloudSource source = new OpenStackCloudSource(cloud.credentials().build(), Optional.empty(),
            OpenStackTuning.defaults().withPageSize(3));

    @AfterEach
    void stop() {
        source.close();
        cloud.close();
    }

    @Test
    void oneTokenServesEveryCallUntilItExpires() throws Exception {
        cloud.data().addServers(7);
        for (int refresh = 0; refresh < 3; refresh++) {
            source.servers();
            source.volumes();
            source.securityGroups();
        }
        assertThat(cloud.requests().count("/auth/tokens")).isEqualTo(1);
    }

    @Test
    void threeSectionsStartingTogetherAuthenticateOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<List<?>>> done = pool.invokeAll(List.<Callable<List<?>>>of(source::servers, source::volumes,
                    source::securityGroups));
            for (Future<List<?>> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(cloud.requests().count("/auth/tokens")).isEqualTo(1);
    }

    @Test
    void aRevokedTokenIsRenewedOnceAndTheCallRetried() throws Exception {
        cloud.data().addServers(2);
        source.servers();
        cloud.revokeTokens();
        cloud.requests().clear();

        assertThat(source.servers()).hasSize(2);
        // refused with the old token, one authentication, the same page again with the new one
        assertThat(cloud.requests().all()).hasSize(3);
        assertThat(cloud.requests().count("/auth/tokens")).isEqualTo(1);
        assertThat(cloud.requests().count("/servers/detail")).isEqualTo(2);
    }

    @Test
    void aTokenRevokedWhileThreeSectionsRunIsRenewedOnce() throws Exception {
        source.servers();
        cloud.revokeTokens();
        cloud.requests().clear();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            for (Future<List<?>> f : pool.invokeAll(List.<Callable<List<?>>>of(source::servers, source::volumes,
                    source::securityGroups))) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(cloud.requests().count("/auth/tokens")).isEqualTo(1);
    }

    @Test
    void aTokenAboutToExpireIsRenewedBeforeItIsUsed() throws Exception {
        cloud.tokenLifetime(Duration.ofSeconds(30)); // within the one-minute margin
        source.securityGroups();
        source.securityGroups();

        assertThat(cloud.requests().count("/auth/tokens")).isEqualTo(2);
        assertThat(cloud.requests().count("/security-groups")).isEqualTo(2); // never a 401 on the way
    }

    @Test
    void aTokenRefusedEvenWhenNewIsAnErrorNotALoop() {
        cloud.failWith("/servers/detail", 401);

        assertThatThrownBy(source::servers).isInstanceOf(OpenStackException.class)
                .hasMessageStartingWith("Nova answered 401 Unauthorized for GET /servers/detail")
                .hasMessageContaining("also with a new token");
        assertThat(cloud.requests().count("/auth/tokens")).isEqualTo(2);
        assertThat(cloud.requests().count("/servers/detail")).isEqualTo(2);
    }
}
