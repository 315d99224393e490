package io.triptych.kubernetes;

import static io.triptych.kubernetes.KubernetesInformersTest.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.triptych.domain.Replica;
import io.triptych.domain.Service;
import io.triptych.domain.ServiceKind;
import io.triptych.source.LogRequest;
import io.triptych.source.LogSink;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pod logs through the real client. The CRUD mock does not serve logs, so these requests are answered by
 * expectations (the mixed dispatcher tries them before CRUD) on the exact paths kubectl's options give.
 */
class PodLogsTest {
    private static final Service WEB = new Service("web", ServiceKind.DEPLOYMENT, "apps", "web:1", 2, 2, List.of(
            new Replica("web-1", "Running", "n1", 0, "", null, "", "2/2", List.of("web", "sidecar")),
            new Replica("web-2", "CrashLoopBackOff", "n2", 9, "", null, "", "1/2", List.of("web", "sidecar"))));
    @TempDir
    Path dir;

    @Test
    void theFirstPodsFirstContainerIsReadWhenTheRequestNamesNone() throws Exception {
        try (MockCluster cluster = new MockCluster(dir); KubernetesServiceSource source = cluster.source()) {
            cluster.server.expect().get().withPath("/api/v1/namespaces/apps/pods/web-1/log?pretty=false"
                    + "&container=web&tailLines=100").andReturn(200, "started\n\u001b[31mlistening on 8080\u001b[0m\n")
                    .once();
            Sink sink = new Sink();

            source.logs(WEB, new LogRequest("", "", 100, false, false), sink);

            await("log ended", () -> sink.ended.size() == 1);
            assertThat(sink.lines).containsExactly("started", "\u001b[31mlistening on 8080\u001b[0m");
            assertThat(sink.ended).containsExactly(Optional.empty());
        }
    }

    @Test
    void aCrashLoopsPreviousContainerIsFollowedByName() throws Exception {
        try (MockCluster cluster = new MockCluster(dir); KubernetesServiceSource source = cluster.source()) {
            cluster.server.expect().get().withPath("/api/v1/namespaces/apps/pods/web-2/log?pretty=false"
                    + "&container=sidecar&previous=true&tailLines=5&follow=true")
                    .andReturn(200, "panic: out of memory\n").once();
            Sink sink = new Sink();

            source.logs(WEB, new LogRequest("web-2", "sidecar", 5, true, true), sink);

            await("log ended", () -> sink.ended.size() == 1);
            assertThat(sink.lines).containsExactly("panic: out of memory");
        }
    }

    @Test
    void aPodThatLeftTheServiceIsRefusedBeforeAnyRequest() throws Exception {
        try (MockCluster cluster = new MockCluster(dir); KubernetesServiceSource source = cluster.source()) {
            assertThatThrownBy(() -> source.logs(WEB, new LogRequest("web-9", "", 10, false, false), new Sink()))
                    .hasMessage("pod web-9 is not one of web's pods any more");
            assertThat(cluster.drainRequests()).isEmpty();
        }
    }

    static final class Sink implements LogSink {
        final List<String> lines = new CopyOnWriteArrayList<>();
        final List<Optional<String>> ended = new CopyOnWriteArrayList<>();

        @Override public void lines(List<String> batch) { lines.addAll(batch); }

        @Override public void ended(Optional<String> error) { ended.add(error); }
    }
}
