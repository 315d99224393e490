package io.triptych.openstack;

import io.triptych.testing.Await;
import io.triptych.testing.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.triptych.domain.Server;
import io.triptych.domain.Volume;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Flavor and image names from cached lists; attachment names from the server list: never a call per row. */
class OpenStackLookupsTest {
    private final FakeOpenStack cloud = new FakeOpenStack();
    private final MutableClock clock = new MutableClock(java.time.Instant.now());
    private final OpenStackCloudSource source = new OpenStackCloudSource(cloud.credentials().build(), Optional.empty(),
            OpenStackTuning.defaults().withPageSize(3).withClock(clock));

    @AfterEach
    void stop() {
        source.close();
        cloud.close();
    }

    @Test
    void flavorAndImageNamesCostOneListEachEveryFewMinutesNotOneCallPerServer() throws Exception {
        cloud.data().addServers(8); // three pages
        source.servers();
        cloud.requests().clear();

        List<Server> servers = source.servers();

        assertThat(servers).extracting(Server::flavor).containsOnly("m1.small", "m1.medium", "m1.large");
        assertThat(servers).extracting(Server::image).containsOnly("AlmaLinux-9.4-x86_64", "Ubuntu-22.04-x86_64");
        assertThat(cloud.requests().all()).hasSize(3).allSatisfy(r -> assertThat(r).contains("/servers/detail"));

        clock.advance(Duration.ofMinutes(6));
        cloud.requests().clear();
        source.servers();
        assertThat(cloud.requests().total()).isLessThanOrEqualTo(3 + 2 + 2); // pages + flavors + images (paged)
        assertThat(cloud.requests().count("/flavors/detail")).isEqualTo(2); // 3 flavors, pages of 3: one full, one empty
    }

    @Test
    void aFlavorCreatedSinceTheLastListIsNamedOnceTheRetryPauseHasPassed() throws Exception {
        source.servers();
        cloud.data().addFlavor("9", "g1.gpu");
        cloud.data().addServer("gpu-01");
        ((ObjectNode) cloud.data().servers.get(0).get("flavor")).put("id", "9");

        assertThat(source.servers().get(0).flavor()).isEqualTo("9"); // just listed: not listed again at once
        clock.advance(Duration.ofSeconds(61));
        assertThat(source.servers().get(0).flavor()).isEqualTo("g1.gpu");
    }

    @Test
    void aFailingImageListLeavesServersShownWithImageIds() throws Exception {
        cloud.failWith("/v2/images", 500);
        String id = cloud.data().addServer("web-01");

        Server s = source.servers().get(0);

        assertThat(s.id()).isEqualTo(id);
        assertThat(s.image()).isEqualTo("70a599e0-31e7-49b7-b260-868f441e862b");
        assertThat(s.flavor()).isEqualTo("m1.small");
    }

    @Test
    void aHangingGlanceDoesNotHoldTheServersBack() throws Exception {
        cloud.hang("/v2/images"); // never answers while the test runs
        cloud.data().addServer("web-01");
        try (OpenStackCloudSource quick = new OpenStackCloudSource(cloud.credentials()
                .readTimeout(Duration.ofMinutes(5)).build(), Optional.empty(), // no timeout ends the wait for Glance
                OpenStackTuning.defaults().withNamesWait(Duration.ofMillis(300)))) {
            CompletableFuture<List<Server>> servers = CompletableFuture.supplyAsync(() -> call(quick::servers));

            Await.until("the servers, while Glance hangs", servers::isDone);
            Server s = servers.get().get(0);

            assertThat(cloud.hanging()).as("image list requests Glance has not answered").isPositive();
            assertThat(s.image()).isEqualTo("70a599e0-31e7-49b7-b260-868f441e862b");
            assertThat(s.flavor()).isEqualTo("m1.small");
        }
    }

    @Test
    void imagesAreNamedByNovaWhenTheCatalogHasNoGlance() throws Exception {
        cloud.catalogWithoutGlance();
        cloud.data().addServer("web-01");

        assertThat(source.servers().get(0).image()).isEqualTo("AlmaLinux-9.4-x86_64");
        assertThat(cloud.requests().count("/compute/v2.1/images/detail")).isEqualTo(1);
    }

    @Test
    void attachmentsCarryTheNamesOfTheirServers() throws Exception {
        String db = cloud.data().addServer("fsgs-int-db-01");
        cloud.data().addVolume("fsgs-int-db-data", db, "/dev/vdb");
        source.servers();

        Volume v = source.volumes().get(0);

        assertThat(v.attachedTo()).containsExactly("fsgs-int-db-01");
        assertThat(v.attachments().get(0).device()).isEqualTo("/dev/vdb");
        assertThat(cloud.requests().count("/compute/v2.1/servers?")).isZero(); // no call per attachment
    }

    @Test
    void volumesReadAtTheSameTimeAsServersWaitForTheirNames() throws Exception {
        cloud.latency(Duration.ofMillis(50));
        cloud.data().addServers(7); // three pages: the server list ends after the volume list
        cloud.data().addVolumes(4);

        CompletableFuture<List<Server>> servers = CompletableFuture.supplyAsync(() -> call(source::servers));
        List<Volume> volumes = source.volumes();

        assertThat(servers.get()).hasSize(7);
        assertThat(volumes.get(0).attachedTo()).containsExactly("srv-00001");
    }

    @Test
    void aLongServerListThatKeepsAnsweringIsWaitedForPastTheNamesWait() throws Exception {
        cloud.latency(Duration.ofMillis(150));
        cloud.data().addServers(20); // pages of 3: 7 full pages and an empty one, at least 8 × 150 ms = 1.2 s
        cloud.data().addVolumes(2);
        try (OpenStackCloudSource patient = new OpenStackCloudSource(cloud.credentials().build(), Optional.empty(),
                OpenStackTuning.defaults().withPageSize(3).withNamesWait(Duration.ofMillis(1000)))) {
            CompletableFuture<List<Server>> servers = CompletableFuture.supplyAsync(() -> call(patient::servers));
            Await.until("the server list under way", () -> cloud.requests().count("/servers/detail") > 0);

            List<Volume> volumes = patient.volumes();

            assertThat(servers.get()).hasSize(20);
            assertThat(volumes.get(0).attachedTo()).as("named, not shown by the server's id").containsExactly("srv-00001");
        }
    }

    private interface Fetch<T> {
        T get() throws Exception;
    }

    private static <T> T call(Fetch<T> f) {
        try {
            return f.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
