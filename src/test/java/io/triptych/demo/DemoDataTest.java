package io.triptych.demo;

import io.triptych.testing.MutableClock;
import static io.triptych.demo.DemoEnvironments.INTEGRATION;
import static io.triptych.demo.DemoEnvironments.PREPRODUCTION;
import static io.triptych.demo.DemoEnvironments.PRODUCTION;
import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.domain.Environment;
import io.triptych.domain.Item;
import io.triptych.domain.Job;
import io.triptych.domain.Pipeline;
import io.triptych.domain.Replica;
import io.triptych.domain.Rule;
import io.triptych.domain.SecurityGroup;
import io.triptych.domain.Server;
import io.triptych.domain.Service;
import io.triptych.domain.ServiceKind;
import io.triptych.domain.Volume;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoDataTest {
    private final MutableClock clock = new MutableClock();
    private final DemoWorld world = new DemoWorld(1, clock, 1);

    @Test
    void environmentsComeInColumnOrderAndOnlyProductionIsProtected() {
        assertThat(world.environments()).containsExactly(
                new Environment("integration", "Integration", "#2e7d32", false),
                new Environment("preproduction", "Pre-production", "#ef6c00", false),
                new Environment("production", "Production", "#c62828", true));
    }

    @Test
    void everyEnvironmentHasItemsInAllFiveSections() {
        for (Environment e : world.environments()) {
            WorldState s = WorldState.of(world, e.id());
            assertThat(s.servers()).as(e.id()).isNotEmpty();
            assertThat(s.volumes()).as(e.id()).isNotEmpty();
            assertThat(s.groups()).as(e.id()).isNotEmpty();
            assertThat(s.services()).as(e.id()).isNotEmpty();
            assertThat(s.pipelines()).as(e.id()).isNotEmpty();
        }
    }

    @Test
    void theDatasetHasTwentyFourVmsAndTheTwentyTwoServicesPlusExtras() {
        assertThat(world.servers(INTEGRATION)).hasSize(6);
        assertThat(world.servers(PREPRODUCTION)).hasSize(6);
        assertThat(world.servers(PRODUCTION)).hasSize(12);
        assertThat(world.volumes(PRODUCTION)).hasSize(12);
        assertThat(world.services(INTEGRATION)).hasSize(25);
        assertThat(world.services(PRODUCTION)).extracting(Service::kind)
                .contains(ServiceKind.DEPLOYMENT, ServiceKind.STATEFULSET, ServiceKind.DAEMONSET)
                .doesNotContain(ServiceKind.SWARM);
    }

    @Test
    void noRequiredFieldIsNullAtTheStartOrAfterAFewCycles() {
        checkNoNulls();
        clock.at(333);
        checkNoNulls();
    }

    private void checkNoNulls() {
        for (Environment e : world.environments()) {
            for (Server s : world.servers(e.id())) {
                assertThat(List.of(s.id(), s.name(), s.status(), s.flavor(), s.image(), s.fault(), s.created(),
                        s.metadata())).doesNotContainNull();
                assertThat(s.metadata()).containsKeys("managed_by", "ansible_group", "env", "keypair");
                assertThat(s.addresses()).isNotEmpty();
            }
            for (Volume v : world.volumes(e.id())) {
                assertThat(List.of(v.id(), v.name(), v.status(), v.type(), v.created())).doesNotContainNull();
            }
            for (SecurityGroup g : world.securityGroups(e.id())) {
                for (Rule r : g.rules()) {
                    assertThat(List.of(r.direction(), r.ethertype(), r.protocol(), r.remote())).doesNotContainNull();
                }
            }
            for (Service s : world.services(e.id())) {
                assertThat(List.of(s.name(), s.kind(), s.namespace(), s.image())).doesNotContainNull();
                assertThat(s.namespace()).isNotEmpty();
                for (Replica r : s.replicas()) {
                    assertThat(List.of(r.name(), r.state(), r.node(), r.since())).doesNotContainNull();
                }
            }
            for (Pipeline p : world.pipelines(e.id())) {
                assertThat(List.of(p.project(), p.ref(), p.status(), p.createdAt(), p.webUrl(), p.sha(),
                        p.commitTitle(), p.author(), p.source(), p.duration())).doesNotContainNull();
                assertThat(p.jobs()).isNotEmpty();
                for (Job j : p.jobs()) {
                    assertThat(List.of(j.name(), j.stage(), j.status())).doesNotContainNull();
                }
            }
        }
    }

    @Test
    void keysAreUniqueWithinEachEnvironment() {
        for (Environment e : world.environments()) {
            List<Item> items = new ArrayList<>();
            WorldState s = WorldState.of(world, e.id());
            items.addAll(s.servers());
            items.addAll(s.volumes());
            items.addAll(s.groups());
            items.addAll(s.services());
            items.addAll(s.pipelines());
            assertThat(items).extracting(Item::key).doesNotHaveDuplicates();
        }
    }

    @Test
    void theStaticProblemsAreThereFromTheStart() {
        Server wrk03 = WorldState.server(world, PREPRODUCTION, "fsgs-pp-swarm-wrk-03");
        assertThat(wrk03.status()).isEqualTo("ERROR");
        assertThat(wrk03.fault()).isEqualTo("No valid host was found. There are not enough hosts available.");
        Service ecpi = WorldState.service(world, PREPRODUCTION, "pipelines_ecpi");
        assertThat(ecpi.status()).isEqualTo("1/2");
        assertThat(ecpi.replicas()).anyMatch(r -> r.state().equals("failed") && !r.message().isEmpty());
        assertThat(WorldState.pipeline(world, INTEGRATION, 48207).status()).isEqualTo("failed");
    }

    @Test
    void servicesFollowTheirOrchestratorsNaming() {
        Service swarm = WorldState.service(world, INTEGRATION, "sdb_api-import");
        assertThat(swarm.namespace()).isEqualTo("sdb");
        assertThat(swarm.replicas().get(0).name()).matches("sdb_api-import\\.1\\.[a-z0-9]{8}");
        assertThat(swarm.replicas().get(0).node()).startsWith("fsgs-int-swarm-");

        Service pod = WorldState.service(world, PRODUCTION, "sdb-api-import");
        assertThat(pod.namespace()).isEqualTo("fsgs-sdb");
        assertThat(pod.replicas().get(0).name()).matches("sdb-api-import-[a-z0-9]{9,10}-[a-z0-9]{5}");
        assertThat(WorldState.service(world, PRODUCTION, "messaging-nats").replicas()).extracting(Replica::name)
                .containsExactly("messaging-nats-0", "messaging-nats-1", "messaging-nats-2");
        Service ingress = WorldState.service(world, PRODUCTION, "ingress-nginx");
        assertThat(ingress.kind()).isEqualTo(ServiceKind.DAEMONSET);
        assertThat(ingress.namespace()).isEqualTo("ingress-nginx");
    }

    @Test
    void securityGroupsFitEachEnvironment() {
        assertThat(world.securityGroups(INTEGRATION)).extracting(SecurityGroup::name)
                .contains("default", "sg-swarm", "sg-ssh-bastion").doesNotContain("sg-lb", "sg-k8s-cp");
        assertThat(world.securityGroups(PRODUCTION)).extracting(SecurityGroup::name)
                .contains("default", "sg-lb", "sg-k8s-cp", "sg-k8s-nodes").doesNotContain("sg-swarm");
        SecurityGroup swarm = world.securityGroups(PREPRODUCTION).stream().filter(g -> g.name().equals("sg-swarm"))
                .findFirst().orElseThrow();
        assertThat(swarm.rules()).extracting(Rule::remote).containsOnly("group:sg-swarm");
        SecurityGroup byDefault = world.securityGroups(PRODUCTION).stream().filter(g -> g.name().equals("default"))
                .findFirst().orElseThrow();
        assertThat(byDefault.rules()).anyMatch(r -> r.direction().equals("egress") && r.ports().equals("any"));
    }
}
