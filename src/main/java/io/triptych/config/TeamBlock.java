package io.triptych.config;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads the site file's {@code team:} block; every problem is reported where it stands. */
final class TeamBlock {
    static final List<String> KEYS = List.of("url", "project", "token-env", "labels", "close-on-clear");
    private static final String URL_TODO = "write the team's GitLab address, like https://gitlab.example.org";

    private final ConfigProblems problems;
    private final AddressValues addresses;

    TeamBlock(ConfigProblems problems, AddressValues addresses) {
        this.problems = problems;
        this.addresses = addresses;
    }

    Optional<TeamConfig> read(YamlMap m) {
        int before = problems.count();
        Optional<URI> url = m.require("url", URL_TODO) ? addresses.web(m, "url", URL_TODO,
                "remove 'user:password@': the token is read from the variable token-env names") : Optional.empty();
        Optional<String> project = m.requiredString("project",
                "name the project that holds the team's incidents: project: group/incidents");
        // The value is not echoed: a user who misread the key may have pasted the token itself.
        Optional<String> tokenEnv = m.require("token-env",
                "name the variable that holds the team's GitLab token: token-env: TEAM_GITLAB_TOKEN")
                ? m.string("token-env").filter(v -> {
                    boolean ok = ValueFormats.variable(v).isPresent();
                    if (!ok) {
                        problems.at(m.value("token-env").orElse(m.node()),
                                "'token-env' is not an environment variable name",
                                "write the name of the variable that holds the token (like TEAM_GITLAB_TOKEN),"
                                        + " not the token");
                    }
                    return ok;
                }) : Optional.empty();
        List<String> labels = labels(m);
        boolean closeOnClear = m.bool("close-on-clear", false);
        if (problems.count() != before) {
            return Optional.empty();
        }
        return Optional.of(new TeamConfig(url.get(), project.get().strip(), tokenEnv.get(), labels, closeOnClear));
    }

    /** GitLab writes a label filter as a comma-separated list: a label may hold no comma. */
    private List<String> labels(YamlMap m) {
        List<String> labels = m.strings("labels");
        Optional<Node> value = m.value("labels");
        if (value.isPresent() && value.get() instanceof SequenceNode) {
            for (Node item : ((SequenceNode) value.get()).getValue()) {
                String text = item instanceof org.yaml.snakeyaml.nodes.ScalarNode s ? s.getValue() : "";
                if (text.contains(",")) {
                    problems.at(item, "label " + Nodes.quote(text) + " holds a comma",
                            "write one label per item, like labels: [ops, on-call]");
                }
            }
        }
        return labels;
    }
}
