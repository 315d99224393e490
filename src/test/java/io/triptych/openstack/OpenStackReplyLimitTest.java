package io.triptych.openstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A reply larger than the cap ends the read at the cap with one line, however much the server would send. */
class OpenStackReplyLimitTest {
    private static final long CAP = 64 * 1024;

    private final FakeOpenStack cloud = new FakeOpenStack();
    private final OpenStackCloudSource source = new OpenStackCloudSource(
            cloud.credentials().readTimeout(Duration.ofSeconds(2)).build(), Optional.empty(),
            OpenStackTuning.defaults().withPageSize(3).withMaxReply(CAP));

    @AfterEach
    void stop() {
        source.close();
        cloud.close();
    }

    @Test
    void anEndlessKeystoneReplyIsCutAtTheCap() {
        cloud.endlessReply("/auth/tokens");

        assertThatThrownBy(source::servers).isInstanceOf(OpenStackException.class)
                .hasMessage("reply too large from " + cloud.base() + " (Keystone) for POST /auth/tokens: over 64 KiB");
    }

    @Test
    void aLongNovaReplyWithoutALengthIsCutAtTheCap() throws Exception {
        cloud.data().addVolumes(2);
        cloud.largeReply("/servers/detail", 4 * 1024 * 1024);

        assertThatThrownBy(source::servers).hasMessage("reply too large from " + cloud.base()
                + " (Nova) for GET /servers/detail: over 64 KiB");
        assertThat(source.volumes()).as("the other sections still load").isNotEmpty();
    }

    @Test
    void aDeclaredLengthOverTheCapIsRefusedBeforeReading() {
        cloud.replyWith("/security-groups", 200, "application/json", "{\"security_groups\": [" + " ".repeat(100_000)
                + "]}");

        assertThatThrownBy(source::securityGroups).hasMessage("reply too large from " + cloud.base()
                + " (Neutron) for GET /security-groups: over 64 KiB");
    }

    @Test
    void repliesUnderTheCapAreRead() throws Exception {
        cloud.data().addServers(8); // three pages
        assertThat(source.servers()).hasSize(8);
    }
}
