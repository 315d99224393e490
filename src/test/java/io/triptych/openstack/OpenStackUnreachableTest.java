package io.triptych.openstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import io.triptych.testing.Await;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Endpoints that hang, hosts that do not resolve, ports that refuse: one line each, and no one else waits. */
class OpenStackUnreachableTest {
    private final FakeOpenStack cloud = new FakeOpenStack();
    private OpenStackCloudSource source = open(cloud.credentials());

    @AfterEach
    void stop() {
        source.close();
        cloud.close();
    }

    private OpenStackCloudSource open(FakeCredentials credentials) {
        return new OpenStackCloudSource(credentials.build(), Optional.empty(), OpenStackTuning.defaults().withPageSize(3));
    }

    @Test
    void aHungEndpointDelaysNeitherTheOtherSectionsNorTheOtherClouds() throws Exception {
        cloud.hang("/servers/detail"); // never answers while the test runs
        source.close();
        source = open(cloud.credentials().readTimeout(Duration.ofMinutes(5))); // nor does the timeout end it here
        source.securityGroups(); // authenticated before the hung call starts
        try (FakeOpenStack other = new FakeOpenStack();
             OpenStackCloudSource otherSource = open(other.credentials())) {
            other.data().addServers(4);
            otherSource.securityGroups(); // both authenticated: what follows compares only the hung call and the others

            CompletableFuture<String> hung = CompletableFuture.supplyAsync(() -> messageOf(source));
            Await.until("the servers request is held by the hung endpoint", () -> cloud.hanging() == 1);

            assertThat(otherSource.servers()).hasSize(4);
            assertThat(source.volumes()).isEmpty();
            assertThat(hung).as("the hung call, while the others answered").isNotDone();
        }
    }

    @Test
    void aHungCallEndsWithTheReadTimeoutInOneLine() throws Exception {
        cloud.hang("/servers/detail"); // held until the cloud closes: any end before that is the client's own
        source.close();
        source = open(cloud.credentials().readTimeout(Duration.ofSeconds(1)));

        assertThatThrownBy(source::servers).hasMessage("no answer from " + cloud.base()
                + "/RegionOne/compute/v2.1/servers/detail after 1 s");
        assertThat(cloud.hanging()).as("requests the endpoint had not answered").isPositive();
    }

    @Test
    void anUnknownHostIsNamed() {
        source.close();
        source = open(cloud.credentials().authUrl(URI.create("http://no-such-host.invalid:5000/v3")));

        assertThatThrownBy(source::servers)
                .hasMessage("unknown host no-such-host.invalid (Keystone at http://no-such-host.invalid:5000)");
    }

    @Test
    void aRefusedConnectionIsNamed() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        source.close();
        source = open(cloud.credentials().authUrl(URI.create("http://127.0.0.1:" + closedPort + "/v3")));

        assertThatThrownBy(source::servers)
                .hasMessage("connection refused by http://127.0.0.1:" + closedPort + " (Keystone)");
    }

    private static String messageOf(OpenStackCloudSource s) {
        try {
            s.servers();
            return "no error";
        } catch (Exception e) {
            return e.getMessage();
        }
    }
}
