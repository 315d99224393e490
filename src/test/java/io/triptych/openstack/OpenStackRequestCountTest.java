package io.triptych.openstack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OpenStackRequestCountTest {
    private final FakeOpenStack cloud = new FakeOpenStack();
    private OpenStackCloudSource source;

    @AfterEach
    void stop() {
        if (source != null) {
            source.close();
        }
        cloud.close();
    }

    @Test
    void sourceCountsEveryRequestTheCloudReceivedIncludingTheLogin() throws Exception {
        cloud.data().addServer("web-01");
        source = new OpenStackCloudSource(cloud.credentials().build());
        assertThat(source.requestCount()).isZero();

        source.servers();
        source.volumes();

        assertThat(source.requestCount()).isPositive().isEqualTo(cloud.requests().total());
    }
}
