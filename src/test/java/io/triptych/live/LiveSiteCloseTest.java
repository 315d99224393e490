package io.triptych.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.domain.Environment;
import io.triptych.domain.Pipeline;
import io.triptych.domain.SecurityGroup;
import io.triptych.domain.Server;
import io.triptych.domain.Service;
import io.triptych.domain.Volume;
import io.triptych.source.CloudSource;
import io.triptych.source.EnvironmentSources;
import io.triptych.source.PipelineSource;
import io.triptych.source.ServiceSource;
import io.triptych.source.Site;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Closing the live site closes every source it was given, each on its own. */
class LiveSiteCloseTest {
    private final List<String> closed = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    @Test
    void everySourceOfEveryEnvironmentIsClosedEvenWhenOthersFailToClose() {
        RuntimeException boom = new IllegalStateException("socket already gone");
        Site site = new Site("S", false, Duration.ofSeconds(15), List.of(
                environment("integration", boom, new NoClassDefFoundError("a broken client library")),
                environment("production", null, null)));
        LiveSite live = new LiveSite(site, LiveSettings.of(site.refresh()), scheduler, Runnable::run);

        live.close();

        assertThat(closed).containsExactlyInAnyOrder("integration/cloud", "integration/services",
                "integration/pipelines", "production/cloud", "production/services", "production/pipelines");
    }

    @Test
    void aSourceThatServesTwoRolesIsClosedOnce() {
        Both both = new Both();
        EnvironmentSources sources = new EnvironmentSources(new Environment("integration", "I", "#000", false),
                Optional.of(both), Optional.of(both), Optional.empty());

        assertThat(sources.closeAll()).isEmpty();

        assertThat(closed).containsExactly("both");
    }

    /** Sources that record their close; the cloud's close throws {@code cloudFails}, the services' {@code servicesFail}. */
    private EnvironmentSources environment(String id, RuntimeException cloudFails, LinkageError servicesFail) {
        CloudSource cloud = new CloudSource() {
            @Override public List<Server> servers() { return List.of(); }
            @Override public List<Volume> volumes() { return List.of(); }
            @Override public List<SecurityGroup> securityGroups() { return List.of(); }
            @Override public void close() {
                closed.add(id + "/cloud");
                if (cloudFails != null) {
                    throw cloudFails;
                }
            }
        };
        ServiceSource services = new ServiceSource() {
            @Override public List<Service> services() { return List.of(); }
            @Override public void close() {
                closed.add(id + "/services");
                if (servicesFail != null) {
                    throw servicesFail;
                }
            }
        };
        PipelineSource pipelines = new PipelineSource() {
            @Override public List<Pipeline> pipelines() { return List.of(); }
            @Override public void close() {
                closed.add(id + "/pipelines");
            }
        };
        return new EnvironmentSources(new Environment(id, id, "#000", false), Optional.of(cloud),
                Optional.of(services), Optional.of(pipelines));
    }

    private final class Both implements CloudSource, ServiceSource {
        @Override public List<Server> servers() { return List.of(); }
        @Override public List<Volume> volumes() { return List.of(); }
        @Override public List<SecurityGroup> securityGroups() { return List.of(); }
        @Override public List<Service> services() { return List.of(); }
        @Override public void close() {
            closed.add("both");
        }
    }
}
