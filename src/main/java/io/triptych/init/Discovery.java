package io.triptych.init;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds what a site file can name on the operator's machine: OpenStack clouds, kube contexts, Docker engines
 * and their stacks, GitLab servers, Terraform modules and Ansible inventories. Reads files only, except
 * {@code stacks}, which asks each Docker engine (the launcher passes the Swarm adapter's lister).
 */
public final class Discovery {
    private final Machine machine;
    private final Function<Found.Docker, Optional<List<String>>> stacks;
    private final String tokenEnv;

    /**
     * @param stacks   the stacks an engine runs, empty when it cannot be reached
     * @param tokenEnv the variable the site file will name for GitLab tokens
     */
    public Discovery(Machine machine, Function<Found.Docker, Optional<List<String>>> stacks, String tokenEnv) {
        this.machine = machine;
        this.stacks = stacks;
        this.tokenEnv = tokenEnv;
    }

    public Discovered run() {
        Discovered.Builder out = new Discovered.Builder();
        CloudFinder.find(machine, out);
        KubeFinder.find(machine, out);
        for (Found.Docker d : DockerFinder.find(machine, out)) {
            List<String> running = stacks.apply(d).orElse(List.of());
            if (running.isEmpty()) {
                out.add(d);
            }
            running.forEach(s -> out.add(d.withStack(s)));
        }
        GitLabFinder.find(machine, tokenEnv, out);
        TerraformFinder.find(machine, out);
        AnsibleFinder.find(machine, out);
        return out.build();
    }
}
