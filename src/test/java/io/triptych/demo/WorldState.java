package io.triptych.demo;

import io.triptych.domain.Pipeline;
import io.triptych.domain.SecurityGroup;
import io.triptych.domain.Server;
import io.triptych.domain.Service;
import io.triptych.domain.Volume;
import java.util.List;

/** Everything a world shows for one environment, comparable with equals. */
record WorldState(List<Server> servers, List<Volume> volumes, List<SecurityGroup> groups, List<Service> services,
                  List<Pipeline> pipelines) {

    static WorldState of(DemoWorld world, String envId) {
        return new WorldState(world.servers(envId), world.volumes(envId), world.securityGroups(envId),
                world.services(envId), world.pipelines(envId));
    }

    static List<WorldState> all(DemoWorld world) {
        return world.environments().stream().map(e -> of(world, e.id())).toList();
    }

    static Service service(DemoWorld world, String envId, String name) {
        return world.services(envId).stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    static Pipeline pipeline(DemoWorld world, String envId, long id) {
        return world.pipelines(envId).stream().filter(p -> p.id() == id).findFirst().orElseThrow();
    }

    static Server server(DemoWorld world, String envId, String name) {
        return world.servers(envId).stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    static Volume volume(DemoWorld world, String envId, String name) {
        return world.volumes(envId).stream().filter(v -> v.name().equals(name)).findFirst().orElseThrow();
    }
}
