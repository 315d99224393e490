package io.triptych.config;

import java.io.StringReader;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Composes the YAML text into nodes, which keep their line and column; nothing is constructed
 * (no tags run). Every SnakeYAML failure becomes a problem: none escapes.
 */
final class YamlDocument {
    private YamlDocument() {
    }

    /** The root node; empty for an empty (or comments-only) file, or when the YAML is malformed. */
    static Optional<Node> compose(String text, ConfigProblems problems) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowRecursiveKeys(false);
        options.setMaxAliasesForCollections(20);
        options.setNestingDepthLimit(20);
        try {
            return Optional.ofNullable(new Yaml(options).compose(new StringReader(text)));
        } catch (MarkedYAMLException e) {
            String problem = e.getProblem() == null ? "malformed YAML" : e.getProblem();
            String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
            problems.at(e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark(),
                    "YAML syntax error: " + problem + context,
                    "check indentation, colons and quotes around this point");
        } catch (YAMLException e) {
            String message = e.getMessage() == null ? "malformed YAML" : e.getMessage().lines().findFirst().orElse("");
            problems.whole("YAML error: " + message, "simplify the file (no deep nesting or alias chains)");
        } catch (RuntimeException e) {
            // SnakeYAML can still fail outside its own exception type on pathological input.
            problems.whole("YAML error: " + e.getClass().getSimpleName(), "check the file's YAML syntax");
        }
        return Optional.empty();
    }
}
