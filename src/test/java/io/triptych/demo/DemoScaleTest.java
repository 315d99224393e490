package io.triptych.demo;

import io.triptych.testing.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.domain.Environment;
import io.triptych.domain.Item;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoScaleTest {

    @Test
    void scaleTwoHundredGivesAboutFiveThousandServersPerEnvironment() {
        MutableClock clock = new MutableClock();
        DemoWorld world = new DemoWorld(3, clock, 200);
        clock.at(150);

        for (Environment e : world.environments()) {
            assertThat(world.servers(e.id())).as(e.id()).hasSize(5_000);
            assertThat(world.volumes(e.id())).as(e.id()).hasSize(8_000);
            assertThat(world.services(e.id())).as(e.id()).hasSize(2_000);
            assertThat(world.pipelines(e.id())).as(e.id()).hasSizeBetween(500, 510);
        }
    }

    @Test
    void copiesHaveKeysOfTheirOwn() {
        DemoWorld world = new DemoWorld(3, new MutableClock(), 4);

        for (Environment e : world.environments()) {
            List<Item> items = new ArrayList<>();
            WorldState s = WorldState.of(world, e.id());
            items.addAll(s.servers());
            items.addAll(s.volumes());
            items.addAll(s.services());
            items.addAll(s.pipelines());
            assertThat(items).extracting(Item::key).doesNotHaveDuplicates();
        }
        assertThat(world.servers(DemoEnvironments.INTEGRATION)).extracting(s -> s.name())
                .contains("fsgs-int-bastion-01", "fsgs-int-bastion-01-b1");
    }

    @Test
    void scaleOneIsTheDatasetItself() {
        DemoWorld world = new DemoWorld(3, new MutableClock(), 1);

        int servers = world.environments().stream().mapToInt(e -> world.servers(e.id()).size()).sum();
        assertThat(servers).isEqualTo(24);
    }
}
