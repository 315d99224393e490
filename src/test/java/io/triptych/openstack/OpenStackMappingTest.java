package io.triptych.openstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.triptych.domain.Attachment;
import io.triptych.domain.Rule;
import io.triptych.domain.SecurityGroup;
import io.triptych.domain.Server;
import io.triptych.domain.Volume;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The mappers on the api-ref-shaped fixtures, without a server. Each fixture goes through the page reader
 * first, as in a refresh: a field a mapper reads but the reader drops would show here.
 */
class OpenStackMappingTest {
    private static final Map<String, String> FLAVORS = Map.of("3", "m1.medium", "4", "m1.large");
    private static final Map<String, String> IMAGES = Map.of("70a599e0-31e7-49b7-b260-868f441e862b",
            "AlmaLinux-9.4-x86_64");

    @Test
    void aServerCarriesItsFlavorAndImageNamesAddressesAndStates() throws Exception {
        Server s = ServerMapper.server(server(Fixtures.object("nova-server.json")), FLAVORS, IMAGES);

        assertThat(s.id()).isEqualTo("9168b536-cd40-4630-b43f-b259807c6e87");
        assertThat(s.name()).isEqualTo("fsgs-int-swarm-mgr-01");
        assertThat(s.status()).isEqualTo("ACTIVE");
        assertThat(s.flavor()).isEqualTo("m1.medium");
        assertThat(s.image()).isEqualTo("AlmaLinux-9.4-x86_64");
        assertThat(s.addresses()).containsExactly("198.51.100.11", "192.0.2.21");
        assertThat(s.fault()).isEmpty();
        assertThat(s.created()).isEqualTo(Instant.parse("2025-06-03T08:11:58Z"));
        assertThat(s.metadata()).containsEntry("managed_by", "terraform")
                .doesNotContainKey(ServerMapper.POWER_STATE).doesNotContainKey(ServerMapper.TASK_STATE);
        assertThat(s.powerState()).isEqualTo("RUNNING");
        assertThat(s.taskState()).isEmpty();
        assertThat(s.updated()).isNotNull();
    }

    @Test
    void aFailedServerBootedFromAVolumeCarriesItsFaultAndNoImage() throws Exception {
        Server s = ServerMapper.server(server(Fixtures.object("nova-server-error.json")), FLAVORS, IMAGES);

        assertThat(s.status()).isEqualTo("ERROR");
        assertThat(s.fault()).isEqualTo("No valid host was found. There are not enough hosts available.");
        assertThat(s.image()).isEmpty();
        assertThat(s.flavor()).isEqualTo("m1.large");
        assertThat(s.addresses()).isEmpty();
        assertThat(s.powerState()).isEqualTo("NOSTATE");
    }

    @Test
    void aServerShowsIdsWhereNamesAreUnknownAndItsTaskState() throws Exception {
        ObjectNode json = Fixtures.object("nova-server.json").put(ServerMapper.TASK_STATE, "image_snapshot");

        Server s = ServerMapper.server(server(json), Map.of(), Map.of());

        assertThat(s.flavor()).isEqualTo("3");
        assertThat(s.image()).isEqualTo("70a599e0-31e7-49b7-b260-868f441e862b");
        assertThat(s.taskState()).isEqualTo("image_snapshot");
    }

    @Test
    void aServerOfMicroversionTwoFortySevenNamesItsOwnFlavor() throws Exception {
        ObjectNode json = Fixtures.object("nova-server.json");
        json.putObject("flavor").put("original_name", "m1.xlarge").put("vcpus", 8);

        assertThat(ServerMapper.server(server(json), FLAVORS, IMAGES).flavor()).isEqualTo("m1.xlarge");
        assertThat(ServerMapper.flavorIds(List.of(server(json)))).isEmpty();
    }

    @Test
    void aVolumeNamesTheServerItIsAttachedToAndReadsCindersZonelessTime() throws Exception {
        Volume v = VolumeMapper.volume(volume(Fixtures.object("cinder-volume.json")),
                Map.of("9168b536-cd40-4630-b43f-b259807c6e87", "fsgs-int-swarm-mgr-01"));

        assertThat(v.name()).isEqualTo("fsgs-int-db-data");
        assertThat(v.status()).isEqualTo("in-use");
        assertThat(v.sizeGb()).isEqualTo(200);
        assertThat(v.type()).isEqualTo("ceph-ssd");
        assertThat(v.attachments()).containsExactly(new Attachment("9168b536-cd40-4630-b43f-b259807c6e87",
                "fsgs-int-swarm-mgr-01", "/dev/vdb"));
        assertThat(v.created()).isEqualTo(Instant.parse("2025-06-03T08:19:40.770785Z"));
    }

    @Test
    void anUnnamedVolumeIsShownByItsId() throws Exception {
        Volume v = VolumeMapper.volume(volume(Fixtures.object("cinder-volume.json").putNull("name")), Map.of());

        assertThat(v.name()).isEqualTo(v.id());
        assertThat(v.attachedTo()).containsExactly("9168b536-cd40-4630-b43f-b259807c6e87");
    }

    @Test
    void securityGroupRulesReadAsDirectionProtocolPortsAndRemote() throws Exception {
        SecurityGroup g = SecurityGroupMapper.groups(List.of(listed(Fixtures.object("neutron-security-group.json"),
                "security_groups", SecurityGroupMapper::read))).get(0);

        assertThat(g.name()).isEqualTo("fsgs-swarm");
        assertThat(g.description()).isEqualTo("Swarm managers and workers");
        assertThat(g.rules()).containsExactly(
                new Rule("ingress", "IPv4", "icmp type 8 code 0", null, null, "0.0.0.0/0"),
                new Rule("ingress", "IPv4", "tcp", 22, 22, "192.0.2.0/24"),
                new Rule("ingress", "IPv4", "tcp", 2377, 2377, "group:fsgs-swarm"),
                new Rule("ingress", "IPv4", "tcp", 7946, 7950, "group:0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b"),
                new Rule("egress", "IPv4", "any", null, null, "0.0.0.0/0"),
                new Rule("egress", "IPv6", "any", null, null, "::/0"));
        assertThat(g.rules().get(3).ports()).isEqualTo("7946-7950");
    }

    private static ServerMapper.Listed server(ObjectNode item) throws Exception {
        return listed(item, "servers", ServerMapper::read);
    }

    private static VolumeMapper.Listed volume(ObjectNode item) throws Exception {
        return listed(item, "volumes", VolumeMapper::read);
    }

    private static <T> T listed(ObjectNode item, String collection, PageReader.Item<T> reader) throws Exception {
        ObjectNode page = Fixtures.MAPPER.createObjectNode();
        page.putArray(collection).add(item);
        return PageReader.read(page.toString().getBytes(StandardCharsets.UTF_8), collection, reader).items().get(0);
    }
}
