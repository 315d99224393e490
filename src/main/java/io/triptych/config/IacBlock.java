package io.triptych.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads an environment's {@code iac:} block: today one sub-block, {@code gitlab:} (runs as CI pipelines). It
 * needs the environment's {@code gitlab:} block for the server and token; variables are names and plain
 * values (a secret-looking name is refused by {@link SecretKeys}: secrets are the project's masked CI/CD
 * variables, never the site file's).
 */
final class IacBlock {
    static final List<String> KEYS = List.of("gitlab");
    static final List<String> GITLAB = List.of("project", "ref", "variables", "jobs");

    private final ConfigProblems problems;

    IacBlock(ConfigProblems problems) {
        this.problems = problems;
    }

    /** @param gitlab the environment's gitlab: block, when it is clean */
    Optional<IacGitLabConfig> read(YamlMap iac, boolean hasGitlabBlock, Optional<GitLabConfig> gitlab) {
        Optional<YamlMap> opened = iac.map("gitlab", GITLAB);
        if (opened.isEmpty()) {
            return Optional.empty();
        }
        YamlMap m = opened.get();
        int before = problems.count();
        Optional<String> project = m.requiredString("project",
                "name the project whose pipelines run Terraform and Ansible: project: group/infra");
        Optional<String> ref = m.requiredString("ref", "name the branch the pipelines run on: ref: main");
        Map<String, String> variables = pairs(m, "variables", true);
        Map<String, String> jobs = pairs(m, "jobs", false);
        if (!hasGitlabBlock) {
            problems.at(iac.keyNode("gitlab").orElse(iac.node()), "'iac: gitlab:' needs the environment's gitlab: block",
                    "add gitlab: { url: …, token-env: …, projects: [...] }: its server and token run the pipelines");
        }
        if (problems.count() > before || gitlab.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new IacGitLabConfig(gitlab.get(), project.get(), ref.get(), variables, jobs));
    }

    /** variables: NAME: value; jobs: action: job-name (the actions only, closest one suggested). */
    private Map<String, String> pairs(YamlMap m, String key, boolean variables) {
        Map<String, String> out = new LinkedHashMap<>();
        Optional<Node> value = m.value(key);
        if (value.isEmpty()) {
            return out;
        }
        if (!(value.get() instanceof MappingNode)) {
            problems.at(value.get(), "'" + key + "' must be a mapping, not " + Nodes.describe(value.get()),
                    variables ? "write it as variables: { TF_ENV: preprod }" : "write it as jobs: { plan: tf-plan }");
            return out;
        }
        List<String> known = variables ? List.of() : IacGitLabConfig.ACTIONS;
        for (NodeTuple t : ((MappingNode) value.get()).getValue()) {
            Node k = t.getKeyNode();
            Node v = t.getValueNode();
            if (!(k instanceof ScalarNode)) {
                problems.at(k, "a key must be a plain word, not " + Nodes.describe(k), "write 'key: value'");
                continue;
            }
            String name = ((ScalarNode) k).getValue();
            if (SecretKeys.looksSecret(name)) {
                continue; // SecretKeys reports it, saying where secrets belong
            }
            if (variables && ValueFormats.variable(name).isEmpty()) {
                problems.at(k, "'" + name + "' is not a CI/CD variable name", "use letters, digits and _: TF_ENV");
                continue;
            }
            if (!variables && !known.contains(name)) {
                problems.at(k, "unknown key " + Nodes.quote(name) + " in 'jobs'", ClosestKey.to(name, known)
                        .map(c -> "did you mean '" + c + "'?").orElse("known keys here: " + String.join(", ", known)));
                continue;
            }
            if (out.containsKey(name)) {
                problems.at(k, Nodes.quote(name) + " appears twice in '" + key + "'", "keep only one");
                continue;
            }
            if (!(v instanceof ScalarNode) || Nodes.isNull(v) || ((ScalarNode) v).getValue().isBlank()) {
                problems.at(v instanceof ScalarNode ? k : v, "'" + name + "' needs a single value, not "
                        + Nodes.describe(v), variables ? "write it as " + name + ": value"
                        : "name the CI job: " + name + ": " + name);
                continue;
            }
            out.put(name, ((ScalarNode) v).getValue());
        }
        return out;
    }
}
