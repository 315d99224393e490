package io.triptych.openstack;

import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.domain.SecurityGroup;
import io.triptych.domain.Server;
import io.triptych.domain.Volume;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OpenStackSourceTest {
    private final FakeOpenStack cloud = new FakeOpenStack();
    private OpenStackCloudSource source;

    @AfterEach
    void stop() {
        if (source != null) {
            source.close();
        }
        cloud.close();
    }

    private OpenStackCloudSource open(FakeCredentials credentials) {
        source = new OpenStackCloudSource(credentials.build());
        return source;
    }

    @Test
    void makingASourceDoesNotConnect() {
        open(cloud.credentials());

        assertThat(cloud.requests().total()).isZero();
    }

    @Test
    void frenchAndChineseNamesArriveIntact() throws Exception {
        String id = cloud.data().addServer("Hélène-é");
        cloud.data().addServer("服务器-中文");
        cloud.data().addVolume("données-数据卷", id, "/dev/vdc");
        cloud.data().addSecurityGroup("accès-安全组");
        open(cloud.credentials());

        assertThat(source.servers()).extracting(Server::name).containsExactly("Hélène-é", "服务器-中文");
        assertThat(source.volumes()).extracting(Volume::name, Volume::attachedTo)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("données-数据卷", java.util.List.of("Hélène-é")));
        SecurityGroup group = source.securityGroups().get(0);
        assertThat(group.name()).isEqualTo("accès-安全组");
        assertThat(group.rules()).anySatisfy(r -> assertThat(r.remote()).isEqualTo("group:accès-安全组"));
    }

    @Test
    void anApplicationCredentialAuthenticatesByIdOrByNameAndUser() throws Exception {
        cloud.data().addServer("web-01");

        assertThat(open(cloud.applicationCredentials()).servers()).hasSize(1);
        source.close();
        assertThat(open(cloud.applicationCredentials().byName()).servers()).hasSize(1);
    }

    @Test
    void theRegionChosenPicksItsEndpoints() throws Exception {
        cloud.regions("RegionOne", "RegionTwo");
        open(cloud.credentials().region("RegionTwo"));

        source.servers();
        source.volumes();
        source.securityGroups();

        long elsewhere = cloud.requests().all().stream().filter(r -> !r.contains("/auth/tokens"))
                .filter(r -> !r.contains("/RegionTwo/")).count();
        assertThat(elsewhere).isZero();
        assertThat(cloud.requests().count("/RegionTwo/")).isGreaterThanOrEqualTo(5);
    }

    @Test
    void aCatalogGivingOnlyRegionIdsStillServesTheRegion() throws Exception {
        cloud.regions("RegionOne", "RegionTwo").catalogWithRegionIdOnly();
        cloud.data().addServer("web-01");

        assertThat(open(cloud.credentials().region("RegionTwo")).servers()).hasSize(1);
        assertThat(cloud.requests().count("/RegionTwo/compute/v2.1/servers/detail")).isEqualTo(1);
    }

    @Test
    void theInternalInterfaceIsUsedWhenCloudsYamlAsksForIt() throws Exception {
        open(cloud.credentials().endpointInterface("internal"));

        source.servers();
        source.volumes();
        source.securityGroups();

        assertThat(cloud.requests().all()).filteredOn(r -> !r.contains("/auth/tokens"))
                .isNotEmpty().allSatisfy(r -> assertThat(r).contains("/RegionOne/internal/"));
    }

    @Test
    void aServerOpensInHorizonWhenADashboardIsSet() {
        source = new OpenStackCloudSource(cloud.credentials().build(), Optional.of(URI.create("https://horizon.example.org/")));
        Server s = new Server("9168b536", "web-01", "ACTIVE", "", "", java.util.List.of(), "", null, java.util.Map.of());

        assertThat(source.webPage(s)).contains("https://horizon.example.org/project/instances/9168b536/");
        assertThat(new OpenStackCloudSource(cloud.credentials().build()).webPage(s)).isEmpty();
    }
}
