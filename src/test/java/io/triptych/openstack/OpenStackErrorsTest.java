package io.triptych.openstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OpenStackErrorsTest {
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
    void aClosedSourceRefusesCallsInOneLineAndSendsNothingMore() throws Exception {
        cloud.data().addServers(2);
        assertThat(source.servers()).hasSize(2);
        long sent = source.requestCount();

        source.close();

        assertThatThrownBy(source::volumes).isInstanceOf(OpenStackException.class).hasMessageEndingWith(" is closed");
        assertThat(source.requestCount()).isEqualTo(sent);
    }

    @Test
    void aServerErrorIsOneClearLine() {
        cloud.failWith("/servers/detail", 500);

        assertThatThrownBy(source::servers).isInstanceOf(OpenStackException.class)
                .hasMessage("Nova answered 500 Internal Server Error for GET /servers/detail: The server has either "
                        + "erred or is incapable of performing the requested operation.");
    }

    @Test
    void aBodyThatIsNotJsonIsSaidSo() {
        cloud.sendMalformedJson("/volumes/detail");
        cloud.replyWith("/security-groups", 200, "text/html", "<html><body><h1>502 Bad Gateway</h1></body></html>");

        assertThatThrownBy(source::volumes).hasMessage("Cinder sent a reply that is not JSON for GET /volumes/detail");
        assertThatThrownBy(source::securityGroups)
                .hasMessage("Neutron sent a reply that is not JSON for GET /security-groups");
    }

    @Test
    void aReplyWithoutTheListIsSaidSo() {
        cloud.replyWith("/servers/detail", 200, "application/json", "{\"server\": {}}");

        assertThatThrownBy(source::servers)
                .hasMessage("Nova sent a reply without a \"servers\" list for GET /servers/detail");
    }

    @Test
    void aWrongPasswordSaysWhereThePasswordComesFrom() {
        source.close();
        source = open(cloud.credentials().password("not-the-password"));

        assertThatThrownBy(source::servers).hasMessage("authentication failed for cloud 'fake' at " + cloud.authUrl()
                + ": check the password (clouds.yaml / secure.yaml / OS_PASSWORD)");
    }

    @Test
    void refusedCredentialsAreNotSentAgainByEverySection() {
        source.close();
        source = open(cloud.credentials().password("not-the-password"));

        for (int refresh = 0; refresh < 3; refresh++) {
            assertThatThrownBy(source::servers).hasMessageStartingWith("authentication failed");
            assertThatThrownBy(source::volumes).hasMessageStartingWith("authentication failed");
            assertThatThrownBy(source::securityGroups).hasMessageStartingWith("authentication failed");
        }
        // repeated failures can lock an account: one attempt, then a pause of a few minutes
        assertThat(cloud.requests().count("/auth/tokens")).isEqualTo(1);
    }

    @Test
    void aWrongApplicationCredentialSecretSaysWhereItComesFrom() {
        source.close();
        source = open(cloud.applicationCredentials().secret("not-the-secret"));

        assertThatThrownBy(source::volumes).hasMessageStartingWith("authentication failed for cloud 'fake' at "
                + cloud.authUrl() + ": check the application credential id and secret");
    }

    @Test
    void aRegionTheCatalogLacksIsNamedWithTheRegionsItHas() {
        cloud.regions("RegionOne", "RegionTwo");
        source.close();
        source = open(cloud.credentials().region("Mars"));

        assertThatThrownBy(source::servers).hasMessage("the catalog of cloud 'fake' has no compute endpoint (Nova) "
                + "with interface public in region 'Mars'; it lists regions RegionOne, RegionTwo");
    }

    @Test
    void aRedirectIsReportedNotFollowedSoTheTokenStaysWithTheCatalogsHosts() throws Exception {
        try (FakeOpenStack elsewhere = new FakeOpenStack()) {
            cloud.redirect("/servers/detail", elsewhere.base() + "/RegionOne/compute/v2.1/servers/detail");

            // the reason phrase is the server's (the JDK's server says "Temporary Redirect")
            assertThatThrownBy(source::servers).hasMessageStartingWith("Nova answered 302 ")
                    .hasMessageEndingWith(" for GET /servers/detail");
            assertThat(elsewhere.requests().total()).isZero();
        }
    }

    @Test
    void noErrorMessageSpansMoreThanOneLine() {
        cloud.replyWith("/servers/detail", 503, "application/json",
                "{\"computeFault\": {\"code\": 503, \"message\": \"first line\\nTraceback (most recent call last):\\n  File x\"}}");

        assertThatThrownBy(source::servers)
                .hasMessage("Nova answered 503 Service Unavailable for GET /servers/detail: first line");
    }

}
