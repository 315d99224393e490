package io.triptych.swarm;

import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.config.SwarmConfig;
import io.triptych.domain.Service;
import io.triptych.testing.docker.PrivateDockerd;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The site file's `stacks:` keeps only those stacks' services (label com.docker.stack.namespace). */
class SwarmStacksTest {
    private static final String LOOP = "while :; do sleep 1; done";
    private static PrivateDockerd engine;
    private static String a;
    private static String b;
    private static String aWeb;
    private static String bWeb;

    @BeforeAll
    static void stacks() {
        engine = PrivateDockerd.get();
        a = PrivateDockerd.unique("sa");
        b = PrivateDockerd.unique("sb");
        aWeb = engine.service(a + "_web", LOOP, "--label", "com.docker.stack.namespace=" + a);
        bWeb = engine.service(b + "_web", LOOP, "--label", "com.docker.stack.namespace=" + b);
        engine.service(PrivateDockerd.unique("loose"), LOOP);
    }

    private static SwarmServiceSource source(String... stacks) {
        return new SwarmServiceSource(new SwarmConfig(Optional.of(engine.host()), false, Optional.empty(),
                List.of(stacks)));
    }

    @Test
    void oneStackShowsOnlyItsServicesWithTheirTasks() throws Exception {
        SwarmServiceSource source = source(a);

        List<Service> services = Eventually.until(source::services, l -> l.stream().allMatch(s -> s.running() == 1));

        assertThat(services).extracting(Service::name).containsExactly(aWeb);
        assertThat(services.get(0).namespace()).isEqualTo(a);
        assertThat(services.get(0).replicas()).singleElement().satisfies(r -> assertThat(r.state()).isEqualTo("running"));
    }

    @Test
    void twoStacksShowBothAndNothingElse() throws Exception {
        SwarmServiceSource source = source(a, b);

        List<Service> services = Eventually.until(source::services, l -> l.stream().allMatch(s -> s.running() == 1));

        assertThat(services).extracting(Service::name).containsExactlyInAnyOrder(aWeb, bWeb);
        assertThat(services).extracting(Service::namespace).containsExactlyInAnyOrder(a, b);
        assertThat(services).allSatisfy(s -> assertThat(s.replicas()).isNotEmpty());
    }

    @Test
    void noStacksShowsEveryService() throws Exception {
        assertThat(source().services()).extracting(Service::name).contains(aWeb, bWeb)
                .anyMatch(n -> n.startsWith("loose-"));
    }
}
