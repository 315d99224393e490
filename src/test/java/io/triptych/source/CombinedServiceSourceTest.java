package io.triptych.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.triptych.domain.ClusterNode;
import io.triptych.domain.Service;
import io.triptych.domain.ServiceKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Swarm and Kubernetes in one environment: one list, actions to the owner, one failing never hides the other. */
class CombinedServiceSourceTest {
    private static final Service WEB = new Service("web", ServiceKind.SWARM, "shop", "nginx:1", 1, 1, List.of());
    private static final Service API = new Service("api", ServiceKind.DEPLOYMENT, "shop", "api:2", 2, 2, List.of());
    private static final Service DB = new Service("db", ServiceKind.STATEFULSET, "shop", "pg:16", 1, 1, List.of());

    /** A stand-in orchestrator that records the actions it gets. */
    static final class Fake implements ServiceSource, Restartable, Scalable, ServiceLogs, ClusterNodes {
        final List<String> calls = new ArrayList<>();
        final List<Service> services;
        String failure;
        boolean partly;

        Fake(Service... services) {
            this.services = List.of(services);
        }

        @Override public List<Service> services() throws Exception {
            if (failure != null && partly) {
                throw new PartialFailure(failure, services.subList(0, 1));
            }
            if (failure != null) {
                throw new Exception(failure);
            }
            return services;
        }

        @Override public void restart(Service s) {
            calls.add("restart " + s.name());
        }

        @Override public void scale(Service s, int replicas) {
            calls.add("scale " + s.name() + " " + replicas);
        }

        @Override public LogFollow logs(Service s, LogRequest r, LogSink sink) {
            calls.add("logs " + s.name());
            return () -> { };
        }

        @Override public List<ClusterNode> nodes() throws Exception {
            if (failure != null) {
                throw new Exception(failure);
            }
            return List.of(new ClusterNode(services.get(0).kind().jsonName() + "-node", "worker", "", "ready", "1"));
        }
    }

    private final Fake swarm = new Fake(WEB);
    private final Fake kubernetes = new Fake(API, DB);
    private final CombinedServiceSource combined = new CombinedServiceSource(List.of(
            new CombinedServiceSource.Part("swarm", Set.of(ServiceKind.SWARM), swarm),
            new CombinedServiceSource.Part("kubernetes",
                    Set.of(ServiceKind.DEPLOYMENT, ServiceKind.STATEFULSET, ServiceKind.DAEMONSET), kubernetes)));

    @Test
    void theServicesOfBothOrchestratorsMakeOneList() throws Exception {
        assertThat(combined.services()).containsExactly(WEB, API, DB);
    }

    @Test
    void oneFailingOrchestratorLeavesTheOthersServicesAndSaysWhichFailed() {
        kubernetes.failure = "cluster not reachable at https://k8s:6443";

        assertThatThrownBy(combined::services).isInstanceOfSatisfying(PartialFailure.class, e -> {
            assertThat(e.getMessage()).isEqualTo("kubernetes: cluster not reachable at https://k8s:6443");
            assertThat(List.<Object>copyOf(e.items())).containsExactly(WEB);
        });
    }

    @Test
    void aPartThatAnswersPartlyKeepsWhatItGaveBesideTheOthers() {
        kubernetes.failure = "statefulsets not shown: forbidden (403)";
        kubernetes.partly = true;

        assertThatThrownBy(combined::services).isInstanceOfSatisfying(PartialFailure.class, e -> {
            assertThat(e.getMessage()).isEqualTo("kubernetes: statefulsets not shown: forbidden (403)");
            assertThat(List.<Object>copyOf(e.items())).containsExactly(WEB, API);
        });
    }

    @Test
    void bothFailingFailsWithBothReasons() {
        swarm.failure = "Docker engine not reachable at unix:///var/run/docker.sock (No such file or directory)";
        kubernetes.failure = "forbidden";

        assertThatThrownBy(combined::services).isNotInstanceOf(PartialFailure.class).hasMessage(
                "swarm: Docker engine not reachable at unix:///var/run/docker.sock (No such file or directory);"
                        + " kubernetes: forbidden");
    }

    @Test
    void eachActionGoesToTheOrchestratorThatOwnsTheServiceKind() throws Exception {
        combined.restart(WEB);
        combined.scale(DB, 3);
        combined.logs(API, LogRequest.lastThenFollow(100), null).close();

        assertThat(swarm.calls).containsExactly("restart web");
        assertThat(kubernetes.calls).containsExactly("scale db 3", "logs api");
    }

    @Test
    void anActionTheOwnerCannotDoIsRefusedWithItsName() {
        ServiceSource readOnly = () -> List.of(WEB);
        CombinedServiceSource limited = new CombinedServiceSource(List.of(
                new CombinedServiceSource.Part("swarm", Set.of(ServiceKind.SWARM), readOnly)));

        assertThatThrownBy(() -> limited.restart(WEB)).hasMessage("swarm cannot restart 'web'");
        assertThatThrownBy(() -> limited.scale(API, 1)).hasMessage("no orchestrator here runs deployment 'api'");
    }

    @Test
    void nodesOfEveryOrchestratorAreListedAndOneFailingLeavesTheOthers() throws Exception {
        assertThat(combined.nodes()).extracting(ClusterNode::name).containsExactly("swarm-node", "deployment-node");

        swarm.failure = "down";
        assertThat(combined.nodes()).extracting(ClusterNode::name).containsExactly("deployment-node");
        kubernetes.failure = "down too";
        assertThatThrownBy(combined::nodes).hasMessage("swarm: down; kubernetes: down too");
    }

    @Test
    void partsWithoutEventsGiveNone() throws Exception {
        assertThat(combined.recentEvents()).isEmpty();
    }

    /** A watched part (Kubernetes informers) still wakes the live layer through the combined source. */
    interface WatchedSource extends ServiceSource, Watched {
    }

    @Test
    void aChangeListenerReachesTheWatchedParts() {
        List<Runnable> listeners = new ArrayList<>();
        WatchedSource watched = new WatchedSource() {
            @Override public List<Service> services() {
                return List.of(API);
            }

            @Override public void onChange(Runnable listener) {
                listeners.add(listener);
            }
        };
        Runnable wake = () -> { };

        new CombinedServiceSource(List.of(new CombinedServiceSource.Part("swarm", Set.of(ServiceKind.SWARM), swarm),
                new CombinedServiceSource.Part("kubernetes", Set.of(ServiceKind.DEPLOYMENT), watched))).onChange(wake);

        assertThat(listeners).containsExactly(wake);
    }
}
