package io.triptych.openstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.triptych.domain.Server;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What ADR 0007 holds this client to, where openstack4j 3.12 fails: a 404 is an error, never an empty
 * list; a service the catalog lacks is named, never replaced by Keystone's address; and nothing is bound
 * to a thread, so one pooled worker serving two environments never sends one's call to the other's cloud.
 */
class OpenStackClientGuaranteesTest {
    private final FakeOpenStack integration = new FakeOpenStack();
    private final FakeOpenStack preproduction = new FakeOpenStack();

    @AfterEach
    void stop() {
        integration.close();
        preproduction.close();
    }

    @Test
    void aNotFoundListIsAnErrorNeverAnEmptyList() {
        integration.data().addServer("web-01");
        integration.failWith("/servers/detail", 404);

        try (OpenStackCloudSource source = new OpenStackCloudSource(integration.credentials().build())) {
            assertThatThrownBy(source::servers).isInstanceOf(OpenStackException.class)
                    .hasMessageContaining("Nova answered 404");
        }
    }

    @Test
    void aServiceTheCatalogLacksIsNamedAndNothingGoesToKeystonesAddress() {
        integration.catalogWithout("compute");

        try (OpenStackCloudSource source = new OpenStackCloudSource(integration.credentials().build())) {
            assertThatThrownBy(source::servers).isInstanceOf(OpenStackException.class)
                    .hasMessageContaining("Nova");
        }
        assertThat(integration.requests().all()).noneMatch(r -> r.contains("/servers"))
                .noneMatch(r -> r.contains("/identity/") && !r.contains("/identity/v3/auth/tokens"));
    }

    @Test
    void oneWorkerThreadServingTwoEnvironmentsSendsEachCallToItsOwnCloud() throws Exception {
        integration.data().addServer("int-web-01");
        preproduction.data().addServer("pp-web-01");
        ExecutorService oneWorker = Executors.newSingleThreadExecutor();
        try (OpenStackCloudSource in = new OpenStackCloudSource(integration.credentials().build());
             OpenStackCloudSource pp = new OpenStackCloudSource(preproduction.credentials().build())) {
            for (int round = 0; round < 3; round++) {
                Future<List<Server>> a = oneWorker.submit(in::servers);
                Future<List<Server>> b = oneWorker.submit(pp::servers);
                assertThat(a.get()).extracting(Server::name).containsExactly("int-web-01");
                assertThat(b.get()).extracting(Server::name).containsExactly("pp-web-01");
            }
        } finally {
            oneWorker.shutdownNow();
        }
        assertThat(integration.requests().count("/servers/detail")).isEqualTo(3);
        assertThat(preproduction.requests().count("/servers/detail")).isEqualTo(3);
    }
}
