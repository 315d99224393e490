package io.triptych.config;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads the entries of {@code environments:}, one at a time: identity, then each backend block it
 * declares. One reader per file, so it can tell a repeated id.
 */
final class EnvironmentReader {
    static final List<String> KEYS = List.of("id", "name", "color", "protected",
            "openstack", "swarm", "kubernetes", "gitlab", "terraform", "ansible", "iac");
    /** The blocks that are sources: an environment needs one, or it would only ever read DOWN. */
    static final List<String> SOURCES = List.of("openstack", "swarm", "kubernetes", "gitlab");

    private final BackendBlocks blocks;
    private final ConfigProblems problems;
    private final IacBlock iac;
    private final Map<String, Node> firstById = new HashMap<>();

    /** @param filesChecked whether the files a block names (a kubeconfig) must exist now */
    EnvironmentReader(SitePaths paths, ConfigProblems problems, CloudCheck cloudCheck, boolean filesChecked) {
        this.blocks = new BackendBlocks(paths, problems, cloudCheck, new AddressValues(problems, filesChecked));
        this.problems = problems;
        this.iac = new IacBlock(problems);
    }

    /** The environment, or empty when it has any problem (all of them reported). */
    Optional<EnvironmentConfig> read(Node node, int position) {
        int before = problems.count();
        Optional<YamlMap> opened = YamlMap.open(node, "environment " + position, KEYS, problems);
        if (opened.isEmpty()) {
            return Optional.empty();
        }
        YamlMap m = opened.get();
        Optional<String> id = m.require("id", "give it an id of lower-case letters, digits and dashes: id: integration")
                ? m.parsed("id", ValueFormats::id, "'id' must be lower-case letters, digits and dashes, not",
                "write it like id: pre-production")
                : Optional.empty();
        id.ifPresent(i -> checkUnique(i, m.value("id").orElse(node)));
        Optional<String> name = m.requiredString("name", "give it the name shown on its column: name: Integration");
        Optional<String> color = m.parsed("color", ValueFormats::color, "'color' is not a #rrggbb colour:",
                "write it quoted, like color: \"#2e7d32\"");
        boolean protectedEnv = m.bool("protected", false);
        Optional<OpenStackConfig> openstack = m.map("openstack", BackendBlocks.OPENSTACK).flatMap(blocks::openstack);
        Optional<SwarmConfig> swarm = m.map("swarm", BackendBlocks.SWARM).flatMap(blocks::swarm);
        Optional<KubernetesConfig> kubernetes = m.map("kubernetes", BackendBlocks.KUBERNETES)
                .flatMap(blocks::kubernetes);
        Optional<GitLabConfig> gitlab = m.map("gitlab", BackendBlocks.GITLAB).flatMap(blocks::gitlab);
        Optional<TerraformConfig> terraform = m.map("terraform", BackendBlocks.TERRAFORM).flatMap(blocks::terraform);
        Optional<AnsibleConfig> ansible = m.map("ansible", BackendBlocks.ANSIBLE).flatMap(blocks::ansible);
        Optional<IacGitLabConfig> pipelines = m.map("iac", IacBlock.KEYS)
                .flatMap(block -> iac.read(block, m.has("gitlab"), gitlab));
        SOURCES.stream().filter(m::has).findAny().ifPresentOrElse(s -> { }, () -> problems.at(node,
                "environment " + id.map(i -> "'" + i + "'").orElse(String.valueOf(position)) + " has nothing to watch",
                "add an openstack:, swarm:, kubernetes: or gitlab: block (terraform: and ansible: alone show no health)"));
        if (problems.count() > before) {
            return Optional.empty();
        }
        return Optional.of(new EnvironmentConfig(id.get(), name.get(), color, protectedEnv,
                openstack, swarm, kubernetes, gitlab, terraform, ansible, pipelines));
    }

    private void checkUnique(String id, Node at) {
        Node first = firstById.putIfAbsent(id, at);
        if (first != null) {
            problems.at(at, "duplicate environment id '" + id + "' (first on line " + Nodes.line(first) + ")",
                    "give each environment its own id");
        }
    }
}
