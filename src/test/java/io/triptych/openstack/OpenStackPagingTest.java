package io.triptych.openstack;

import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.domain.SecurityGroup;
import io.triptych.domain.Server;
import io.triptych.domain.Volume;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OpenStackPagingTest {
    private final FakeOpenStack cloud = new FakeOpenStack();
    private OpenStackCloudSource source;

    @AfterEach
    void stop() {
        if (source != null) {
            source.close();
        }
        cloud.close();
    }

    private OpenStackCloudSource source(int pageSize) {
        source = new OpenStackCloudSource(cloud.credentials().build(), Optional.empty(),
                OpenStackTuning.defaults().withPageSize(pageSize));
        return source;
    }

    @Test
    void serversArriveWholeAndInOrderAcrossThreePages() throws Exception {
        List<String> ids = cloud.data().addServers(7);

        List<Server> servers = source(3).servers();

        assertThat(servers).extracting(Server::id).containsExactlyElementsOf(ids);
        assertThat(cloud.requests().count("/servers/detail")).isEqualTo(3);
    }

    @Test
    void fiveThousandServersArriveWhole() throws Exception {
        List<String> ids = cloud.data().addServers(5000);

        List<Server> servers = source(1000).servers();

        assertThat(servers).hasSize(5000);
        assertThat(servers).extracting(Server::id).doesNotHaveDuplicates().containsExactlyElementsOf(ids);
        // five full pages, then the empty page Nova sends after a full one
        assertThat(cloud.requests().count("/servers/detail")).isEqualTo(6);
    }

    @Test
    void aCloudThatCapsThePageBelowTheLimitAskedIsStillReadWhole() throws Exception {
        cloud.maxLimit(2);
        cloud.data().addServers(5);

        assertThat(source(1000).servers()).hasSize(5);
        assertThat(cloud.requests().count("/servers/detail")).isEqualTo(3);
    }

    @Test
    void nextLinksWrittenWithAnotherHostAreFollowedOnTheCatalogEndpoint() throws Exception {
        cloud.nextLinksOn("http://nova-internal.invalid:8774");
        cloud.data().addServers(7);

        assertThat(source(3).servers()).hasSize(7);
    }

    @Test
    void volumesAndSecurityGroupsArriveWholeAcrossPages() throws Exception {
        cloud.data().addServers(2);
        cloud.data().addVolumes(7);
        cloud.data().addSecurityGroups(7);

        List<Volume> volumes = source(3).volumes();
        List<SecurityGroup> groups = source.securityGroups();

        assertThat(volumes).extracting(Volume::name).containsExactly("vol-00001", "vol-00002", "vol-00003",
                "vol-00004", "vol-00005", "vol-00006", "vol-00007");
        assertThat(groups).hasSize(7);
        assertThat(cloud.requests().count("/volumes/detail")).isEqualTo(3);
        assertThat(cloud.requests().count("/security-groups")).isEqualTo(3);
    }

    @Test
    void anEmptyProjectIsOneRequestPerKind() throws Exception {
        source(1000);

        assertThat(source.servers()).isEmpty();
        assertThat(source.volumes()).isEmpty();
        assertThat(source.securityGroups()).isEmpty();
        assertThat(cloud.requests().count("/servers/detail")).isEqualTo(1);
        assertThat(cloud.requests().count("/volumes/detail")).isEqualTo(1);
        assertThat(cloud.requests().count("/security-groups")).isEqualTo(1);
    }
}
